/**
 * The privacy-friendly player address for a video link, or null when the host is not one we embed
 * (the CSP's frame-src allows exactly these hosts). Ids are checked so the address cannot be bent.
 */
export function videoEmbedUrl(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  const host = url.hostname.replace(/^www\./, '').replace(/^m\./, '');
  const id = (value: string | null | undefined) => (value && /^[\w-]{6,20}$/.test(value) ? value : null);
  let youtubeId: string | null = null;
  if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    youtubeId =
      url.pathname === '/watch'
        ? id(url.searchParams.get('v'))
        : id(/^\/(?:embed|shorts)\/([^/]+)/.exec(url.pathname)?.[1]);
  } else if (host === 'youtu.be') {
    youtubeId = id(url.pathname.slice(1));
  }
  if (youtubeId) return `https://www.youtube-nocookie.com/embed/${youtubeId}`;
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const vimeoId = /^\/(?:video\/)?(\d{1,12})$/.exec(url.pathname)?.[1];
    if (vimeoId) return `https://player.vimeo.com/video/${vimeoId}?dnt=1`;
  }
  return null;
}
