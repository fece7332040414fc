/**
 * The Cypher editor: CodeMirror 6 with the Cypher mode from @codemirror/legacy-modes; Ctrl/Cmd+Enter
 * runs; the up and down arrows on the first or last line walk the query history; completions come
 * from the graph's vocabulary; an error's position is underlined with its message.
 */
import { autocompletion, type CompletionSource } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import { setDiagnostics } from '@codemirror/lint';
import { EditorSelection, EditorState, Prec } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, placeholder } from '@codemirror/view';
import type { QueryHistory } from './query-history.js';

export interface CypherEditor {
  text(): string;
  setText(text: string): void;
  /** Underlines the token at `offset` with `message`; null clears it. */
  markError(error: { offset: number; message: string } | null): void;
  destroy(): void;
}

export interface CypherEditorOptions {
  initial: string;
  onRun(): void;
  onChange(text: string): void;
  history: QueryHistory;
  complete: CompletionSource;
}

/** Mounts an editor into `el`. */
export function createCypherEditor(el: HTMLElement, options: CypherEditorOptions): CypherEditor {
  const replaceWith = (view: EditorView, text: string | null) => {
    if (text === null) return false;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: EditorSelection.cursor(text.length) });
    return true;
  };
  const onFirstLine = (state: EditorState) => state.selection.main.empty && state.doc.lineAt(state.selection.main.head).number === 1;
  const onLastLine = (state: EditorState) => state.selection.main.empty && state.doc.lineAt(state.selection.main.head).number === state.doc.lines;
  const view = new EditorView({
    parent: el,
    state: EditorState.create({
      doc: options.initial,
      extensions: [
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (options.onRun(), true) }])),
        lineNumbers(),
        history(),
        bracketMatching(),
        StreamLanguage.define(cypher),
        syntaxHighlighting(defaultHighlightStyle),
        // The completion list, when open, takes the arrows first (its keymap ranks above the history's).
        autocompletion({ override: [options.complete] }),
        keymap.of([
          { key: 'ArrowUp', run: (v) => onFirstLine(v.state) && replaceWith(v, options.history.older(v.state.doc.toString())) },
          { key: 'ArrowDown', run: (v) => onLastLine(v.state) && replaceWith(v, options.history.newer()) },
          ...defaultKeymap,
          ...historyKeymap,
        ]),
        placeholder('MATCH (a:Actor)-[r]->(b:Actor) RETURN a, r, b LIMIT 50'),
        EditorView.lineWrapping,
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    text: () => view.state.doc.toString(),
    setText(text) {
      if (text !== view.state.doc.toString()) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    markError(error) {
      if (!error) return view.dispatch(setDiagnostics(view.state, []));
      const from = Math.min(error.offset, view.state.doc.length);
      const token = /^\w+/.exec(view.state.sliceDoc(from))?.[0].length ?? 1;
      const to = Math.min(from + token, view.state.doc.length);
      view.dispatch(setDiagnostics(view.state, [{ from, to, severity: 'error', message: error.message }]));
    },
    destroy: () => view.destroy(),
  };
}
