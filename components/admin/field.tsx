import { ui } from "../ui/styles";

/** A labelled text input for the administration forms. */
export function Field({
  name,
  label,
  type = "text",
  defaultValue,
  help,
  autoComplete,
  required,
}: {
  name: string;
  label: string;
  type?: string;
  defaultValue?: string;
  help?: string;
  autoComplete?: string;
  required?: boolean;
}) {
  return (
    <div>
      <label htmlFor={name} className={ui.label}>
        {label}
      </label>
      <input
        id={name}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        required={required}
        className={`${ui.input} mt-1`}
        aria-describedby={help ? `${name}-help` : undefined}
      />
      {help && (
        <p id={`${name}-help`} className={ui.help}>
          {help}
        </p>
      )}
    </div>
  );
}

/** A labelled select. */
export function SelectField({
  name,
  label,
  options,
  defaultValue,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
}) {
  return (
    <div>
      <label htmlFor={name} className={ui.label}>
        {label}
      </label>
      <select id={name} name={name} defaultValue={defaultValue} className={`${ui.input} mt-1`}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
