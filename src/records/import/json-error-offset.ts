/**
 * Where JSON.parse gave up. V8's messages only sometimes carry a position ("Unexpected token '}',
 * ..."x": [}" is not valid JSON" has none), so after a failed parse this small scanner finds the
 * offset of the first character that breaks the grammar, or `text.length` when the text ends
 * early. Iterative (an explicit stack), so deep nesting cannot overflow it. Run only on failure.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  const string = (): boolean => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  const number = (): boolean => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  const literal = (): boolean => {
    for (const w of ['true', 'false', 'null'])
      if (text.startsWith(w, i)) {
        i += w.length;
        return true;
      }
    return false;
  };
  // Stack of open containers: '{' expects a key next, ':' a value in an object, '[' a value.
  const stack: ('{' | '[')[] = [];
  const value = (): boolean => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      ws();
      if (text[i] === (c === '{' ? '}' : ']')) {
        stack.pop();
        i++;
        return true;
      }
      if (c === '{') return key();
      return true; // the caller loops for the first element
    }
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    return literal();
  };
  const key = (): boolean => {
    ws();
    if (text[i] !== '"' || !string()) return false;
    ws();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  let expectValue = true;
  while (true) {
    if (expectValue) {
      const before = stack.length;
      if (!value()) return Math.min(i, n);
      // A container just opened (and not closed at once): its first element comes next.
      if (stack.length > before) continue;
    }
    ws();
    const top = stack[stack.length - 1];
    if (!top) return i < n ? i : n + 1; // n + 1: the text parsed (should not happen after a failure)
    const c = text[i];
    if (c === ',') {
      i++;
      if (top === '{' && !key()) return Math.min(i, n);
      expectValue = true;
    } else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
      stack.pop();
      i++;
      expectValue = false;
    } else return Math.min(i, n);
  }
}
