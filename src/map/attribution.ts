/**
 * Who's On First and its geometry sources must be credited. MapLibre renders
 * attribution as HTML: only our own translation strings go in, never data.
 */
export function attribution(boundaries: string, licence: string): string {
  const text = (s: string) => s.replace(/[<>&"]/g, "");
  return (
    `${text(boundaries)}: <a href="https://whosonfirst.org/" target="_blank" rel="noopener">Who’s On First</a> ` +
    `(<a href="https://whosonfirst.org/docs/licenses/" target="_blank" rel="noopener">${text(licence)}</a>), ` +
    "Mesoshapes/EuroGeographics, Quattroshapes"
  );
}
