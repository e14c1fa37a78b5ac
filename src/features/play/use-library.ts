import { loadLibrary, type LibraryEntry } from '../../content/library';
import { useAsync } from '../../ui/use-async';

/** The module library, or undefined while its chunk loads. */
export function useLibrary(): LibraryEntry[] | undefined {
  const [state] = useAsync(loadLibrary, []);
  return state.status === 'ready' ? state.value : undefined;
}
