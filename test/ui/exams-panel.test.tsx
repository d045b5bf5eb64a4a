// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ExamsPanel } from '../../src/ui/options/ExamsPanel';

afterEach(() => document.body.replaceChildren());

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function type(el: HTMLInputElement | HTMLSelectElement, value: string, event: 'input' | 'change' = 'input'): Promise<void> {
  el.value = value;
  el.dispatchEvent(new Event(event, { bubbles: true }));
  await settle();
}

describe('ExamsPanel: the kind follows the code typed', () => {
  it('sets the kind from a Cisco code until the user picks one', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    render(<ExamsPanel exams={[]} onAdd={async () => true} onRemove={() => undefined} />, container);
    const code = container.querySelector<HTMLInputElement>('#exam-code')!;
    const kind = container.querySelector<HTMLSelectElement>('#exam-kind')!;
    await type(code, '350-401');
    expect(kind.value).toBe('technology-core');
    await type(code, '200-301');
    expect(kind.value).toBe('associate');
    await type(code, 'ENCOR');
    expect(kind.value, 'a code that says nothing leaves the kind to the user').toBe('');
    await type(kind, 'expert-lab', 'change');
    await type(code, '300-410');
    expect(kind.value, 'the user’s choice stays').toBe('expert-lab');
  });
});
