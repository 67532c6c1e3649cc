import { useId } from 'react';
import { CloseIcon } from './CloseIcon';

interface SearchFieldProps {
  label: string;
  clearLabel: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  onFocus?: () => void;
  /** The id of the list the field filters. */
  controls?: string;
  className?: string;
}

/** A labelled search box with a magnifier and a clear button, as used by the site list and the directory. */
export function SearchField({
  label,
  clearLabel,
  placeholder,
  value,
  onChange,
  onFocus,
  controls,
  className,
}: SearchFieldProps) {
  const id = useId();
  return (
    <search className={`panel-search${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <svg className="search-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
        <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M15.5 15.5L21 21" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        id={id}
        type="search"
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
        onFocus={onFocus}
        autoComplete="off"
        enterKeyHint="search"
        aria-controls={controls}
      />
      {value && (
        <button
          type="button"
          className="icon-button search-clear"
          onClick={() => onChange('')}
          aria-label={clearLabel}
        >
          <CloseIcon size={18} />
        </button>
      )}
    </search>
  );
}
