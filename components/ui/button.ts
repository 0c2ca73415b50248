// Class names shared by <button> and <Link> so both look the same.
const base =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-60";

export const buttonClass = {
  primary: `${base} bg-accent text-white hover:bg-accent-strong`,
  secondary: `${base} border border-line bg-white text-ink hover:bg-accent-soft`,
  ghost: `${base} text-ink-soft hover:bg-accent-soft hover:text-ink`,
} as const;
