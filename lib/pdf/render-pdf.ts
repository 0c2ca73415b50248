// Server entry of the PDF renderer (the implementation is in ./render.ts, importable by Node scripts, which
// cannot resolve "server-only" outside React's server bundles).
import "server-only";

export { pdfDate, renderPdf, type TPdfMeta, type TPdfOptions } from "./render";
