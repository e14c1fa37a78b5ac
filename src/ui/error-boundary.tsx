import { Component, type ReactNode } from 'react';

type Props = { fallback: ReactNode; resetKey: string; children: ReactNode };
type State = { failed: boolean; key: string };

/**
 * Keeps one failing screen (e.g. a chunk that cannot load offline before the service worker is
 * ready) from blanking the whole app; moving to another screen clears it.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { failed: false, key: props.resetKey } : null;
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
