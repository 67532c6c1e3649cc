import type { SiteRecipe } from '../siteContext';
import { aiChiLang } from './aiChiLang';
import { baoTangKhoiNghiaBacSon } from './baoTangKhoiNghiaBacSon';
import { choDongKinh } from './choDongKinh';
import { choKyLua } from './choKyLua';
import { chuaThanh } from './chuaThanh';
import { chuaTienGiengTien } from './chuaTienGiengTien';
import { cotCoPhaiVe } from './cotCoPhaiVe';
import { cuaKhauHuuNghi } from './cuaKhauHuuNghi';
import { denBacLe } from './denBacLe';
import { denKyCung } from './denKyCung';
import { denMauDongDang } from './denMauDongDang';
import { denTaPhu } from './denTaPhu';
import { doanThanh } from './doanThanh';
import { dongNhiThanh } from './dongNhiThanh';
import { dongTamThanh } from './dongTamThanh';
import { huuLien } from './huuLien';
import { langQuynhSon } from './langQuynhSon';
import { mauSon } from './mauSon';
import { nuiToThi } from './nuiToThi';
import { thanhNhaMac } from './thanhNhaMac';
import { thungLungBacSonNaLay } from './thungLungBacSonNaLay';

/** Every site with a generated diorama (one per content/sites file). */
export const SITE_RECIPES: readonly SiteRecipe[] = [
  aiChiLang,
  baoTangKhoiNghiaBacSon,
  choDongKinh,
  choKyLua,
  chuaThanh,
  chuaTienGiengTien,
  cotCoPhaiVe,
  cuaKhauHuuNghi,
  denBacLe,
  denKyCung,
  denMauDongDang,
  denTaPhu,
  doanThanh,
  dongNhiThanh,
  dongTamThanh,
  huuLien,
  langQuynhSon,
  mauSon,
  nuiToThi,
  thanhNhaMac,
  thungLungBacSonNaLay,
];
