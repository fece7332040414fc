/** The Cypher editor: CodeMirror 6 with the Cypher mode from @codemirror/legacy-modes; Ctrl/Cmd+Enter runs. */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import { EditorState, Prec } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, placeholder } from '@codemirror/view';

export interface CypherEditor {
  text(): string;
  setText(text: string): void;
  destroy(): void;
}

/** Mounts an editor into `el`; `onRun` fires on Ctrl/Cmd+Enter, `onChange` on every edit. */
export function createCypherEditor(el: HTMLElement, initial: string, onRun: () => void, onChange: (text: string) => void): CypherEditor {
  const view = new EditorView({
    parent: el,
    state: EditorState.create({
      doc: initial,
      extensions: [
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (onRun(), true) }])),
        lineNumbers(),
        history(),
        bracketMatching(),
        StreamLanguage.define(cypher),
        syntaxHighlighting(defaultHighlightStyle),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        placeholder('MATCH (a:Actor)-[r]->(b:Actor) RETURN a, r, b LIMIT 50'),
        EditorView.lineWrapping,
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    text: () => view.state.doc.toString(),
    setText(text) {
      if (text !== view.state.doc.toString()) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    destroy: () => view.destroy(),
  };
}
