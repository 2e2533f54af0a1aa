/** A yellow five-pointed star on a red disc: the visual shorthand of Vietnamese state software. */
export function BrandMark({ size = 40 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 40 40" role="img" aria-hidden focusable="false">
      <circle cx="20" cy="20" r="19" fill="#c8102e" stroke="#f6d26b" strokeWidth="2" />
      <polygon
        fill="#ffcd00"
        points="20,7 23.1,16.2 32.8,16.3 25,22.1 27.9,31.4 20,25.8 12.1,31.4 15,22.1 7.2,16.3 16.9,16.2"
      />
    </svg>
  );
}
