// SVG files are bundled as text by esbuild (loader: { '.svg': 'text' }).
declare module '*.svg' {
  const svg: string;
  export default svg;
}
