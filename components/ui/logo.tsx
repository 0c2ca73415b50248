import Link from "next/link";

export function Logo({ href = "/" }: { href?: string }) {
  return (
    <Link href={href} className="inline-flex items-center gap-2 font-serif text-xl font-semibold tracking-tight text-ink">
      <svg aria-hidden="true" width="26" height="26" viewBox="0 0 26 26" className="text-accent">
        <rect x="3" y="2" width="20" height="22" rx="3" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M8 9h10M8 13h10M8 17h6" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      Clairement
    </Link>
  );
}
