// Offline reading: registers the service worker. Without support (or on an insecure origin)
// the wiki simply works online only.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register(new URL('sw.js', document.baseURI)).catch(() => {});
}
