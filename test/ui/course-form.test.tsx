// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CourseForm } from '../../src/ui/components/CourseForm';
import { EMPTY_FORM } from '../../src/ui/components/course-form-values';

afterEach(() => document.body.replaceChildren());

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
}

describe('CourseForm: the category, for programs that count by it', () => {
  it('offers the program’s categories, drops one that another program does not have, and sends the choice', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const save = vi.fn(async () => undefined);
    render(<CourseForm initial={{ ...EMPTY_FORM, title: 'Cloud security', provider: 'SANS', program: 'isc2' }} intro={{ text: '', notice: false }} save={save} labelledBy="h" />, container);
    const category = () => container.querySelector<HTMLSelectElement>('#capture-category');
    expect([...category()!.options].map((o) => o.textContent)).toEqual(['Not stated', 'Group A (domain-related)', 'Group B (professional development)']);
    expect(category()!.getAttribute('aria-describedby')).toBe('capture-category-hint');
    await choose(category()!, 'group-a');

    await choose(container.querySelector<HTMLSelectElement>('#capture-program')!, 'cisco');
    expect(category(), 'Cisco has no categories').toBeNull();
    await choose(container.querySelector<HTMLSelectElement>('#capture-program')!, 'pmi');
    expect(category()!.value, 'Group A was dropped with ISC2').toBe('');
    expect([...category()!.options].map((o) => o.value)).toContain('practitioner');
    await choose(category()!, 'practitioner');

    container.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ program: 'pmi', category: 'practitioner' }));
  });
});
