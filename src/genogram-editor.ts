import { define } from './base/define.js';
import { GenogramEditor } from './components/genogram-editor/genogram-editor.component.js';

export { GenogramEditor };
define('genogram-editor', GenogramEditor);

declare global {
  interface HTMLElementTagNameMap {
    'genogram-editor': GenogramEditor;
  }
}
