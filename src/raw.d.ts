// Text files embedded at build time (esbuild plugin in scripts/build.mjs; vite does the same in tests).
declare module '*?raw' {
  const text: string;
  export default text;
}
