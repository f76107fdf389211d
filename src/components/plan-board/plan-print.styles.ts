import { css, unsafeCSS } from 'lit';

/**
 * The print document's styles, as plain CSS: used inside the element for the print preview
 * and in the print frame. A4, black on white, no colour needed to read it.
 */
export const PRINT_CSS = `
@page { size: A4; margin: 16mm 14mm; }
.print-doc { font: 11pt/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #000; background: #fff; max-width: 180mm; margin: 0 auto; }
.print-doc h1 { font-size: 18pt; margin: 0 0 2mm; }
.print-doc h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1px solid #000; padding-bottom: 1mm; break-after: avoid; }
.print-doc p { margin: 0 0 2mm; }
.print-doc ul { margin: 0 0 2mm; padding-left: 5mm; }
.print-doc small { font-size: 0.85em; }
.print-head p { color: #222; }
.print-hint { font-style: italic; }
.print-conditions { border: 2px solid #000; padding: 1mm 4mm 2mm; margin-top: 4mm; break-inside: avoid; }
.print-conditions h2 { border: 0; margin-top: 2mm; }
.print-table { width: 100%; border-collapse: collapse; font-size: 10pt; table-layout: fixed; }
.print-table td > div { margin-top: 1mm; }
.print-table th, .print-table td { box-sizing: border-box; border: 1px solid #555; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
.print-table th { background: #eee; }
.print-table tr { break-inside: avoid; }
.print-table th:nth-child(1) { width: 40%; }
.print-table th:nth-child(2) { width: 24%; }
.print-table th:nth-child(3) { width: 22%; }
`;

/** The print preview's styles: adopted by the board when the print view (a lazy part) loads. */
export const printStyles = css`
  .print-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.75rem;
    background: var(--_surface-raised);
    border-bottom: 1px solid var(--_border);
  }
  .print-sheet {
    padding: 1rem;
    background: light-dark(#d9dde3, #0d1117);
  }
  .print-sheet .print-doc {
    box-sizing: border-box;
    width: min(100%, 210mm);
    min-height: 297mm;
    padding: 16mm 14mm;
    box-shadow: 0 2px 12px rgb(0 0 0 / 0.3);
  }
  ${unsafeCSS(PRINT_CSS)}
  @media print {
    .print-bar {
      display: none;
    }
    .print-sheet {
      padding: 0;
      background: none;
    }
    .print-sheet .print-doc {
      box-shadow: none;
      padding: 0;
      min-height: 0;
    }
  }
`;
