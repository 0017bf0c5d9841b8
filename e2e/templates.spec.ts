import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { executionStatus, openApp, openSimulation, stateNode } from './helpers.ts';

type NodeStatus = 'succeeded' | 'failed' | 'caught-error' | 'not-run';

interface Case {
  name: string;
  status: 'Succeeded' | 'Failed';
  /** Something the template's input holds (the input is set with the new workflow). */
  input: string;
  nodes: Record<string, NodeStatus>;
  output?: string;
}

/** Every gallery template with an input and mocks, and how its run ends on the canvas. */
const CASES: Case[] = [
  {
    name: 'Microservices workflow',
    status: 'Succeeded',
    input: 'Ada Lovelace',
    nodes: { CreateUser: 'succeeded', PlaceOrder: 'succeeded', SendNotification: 'succeeded' },
    output: 'Notification sent successfully',
  },
  {
    name: 'Retry with exponential backoff',
    status: 'Succeeded',
    input: '"amount": 49.99',
    nodes: { ChargePayment: 'succeeded', SendReceipt: 'succeeded', PaymentFailed: 'not-run' },
    output: 'pay-789',
  },
  {
    name: 'Saga with compensations',
    status: 'Failed',
    input: 'TRIP-2026-118',
    nodes: {
      BookHotel: 'succeeded',
      BookFlight: 'succeeded',
      BookCar: 'caught-error',
      CancelFlight: 'succeeded',
      CancelHotel: 'succeeded',
      BookingFailed: 'failed',
      BookingConfirmed: 'not-run',
    },
  },
  {
    name: 'Parallel fan-out and join',
    status: 'Succeeded',
    input: 'MUG-7',
    nodes: { CheckOrder: 'succeeded', CheckInventory: 'succeeded', AuthorizePayment: 'succeeded', ScoreFraudRisk: 'succeeded', JoinResults: 'succeeded' },
    output: 'auth-5521',
  },
  {
    name: 'Map over items',
    status: 'Succeeded',
    input: 'LAMP-3',
    nodes: { ShipItems: 'succeeded', ShipItem: 'failed', NotifyCustomer: 'succeeded' },
    output: 'LAMP-3 is out of stock',
  },
  {
    name: 'Human approval',
    status: 'Succeeded',
    input: 'EXP-2026-0142',
    nodes: { RequestApproval: 'succeeded', IsApproved: 'succeeded', PayExpense: 'succeeded', ExpenseRejected: 'not-run', ApprovalTimedOut: 'not-run' },
    output: 'grace@example.com',
  },
  {
    name: 'Microservices workflow (JSONata)',
    status: 'Succeeded',
    input: 'BOOK-1',
    nodes: { CreateUser: 'succeeded', PlaceOrder: 'succeeded', SendNotification: 'succeeded' },
    output: '{"userId":"123","orderId":"456","status":"Notification sent successfully"}',
  },
  {
    name: 'Choice branching',
    status: 'Succeeded',
    input: '{}',
    nodes: { CheckTotal: 'succeeded', ProcessOrder: 'succeeded', Done: 'succeeded', RequestApproval: 'not-run' },
    output: 'Order processed',
  },
];

/** Workflows → New from template… → the template's card; the drawer is closed again. */
async function newFromTemplate(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Workflows', exact: true }).click();
  const lib = page.getByRole('dialog', { name: 'Workflows' });
  await lib.getByRole('button', { name: 'New from template…' }).click();
  await page.getByRole('dialog', { name: 'Templates' }).getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Templates' })).toHaveCount(0);
  await expect(page.getByTestId('workflow-name')).toHaveText(new RegExp(`^${name.replace(/[()]/g, '\\$&')}( \\(\\d+\\))?$`), { timeout: 30_000 });
  await lib.getByRole('button', { name: 'Close workflows' }).click();
}

test('each gallery template runs at once in the simulator with its input and mocks', async ({ page }) => {
  test.setTimeout(300_000);
  await openApp(page);
  const panel = await openSimulation(page);
  for (const c of CASES) {
    await test.step(c.name, async () => {
      await newFromTemplate(page, c.name);
      await expect(panel.getByLabel('Execution input (JSON)')).toHaveValue(new RegExp(c.input.replace(/[.(){}]/g, '\\$&')));
      // A fresh canvas: no state of this workflow has run (the panel may still show the previous workflow's run).
      for (const node of Object.keys(c.nodes)) {
        await expect(stateNode(page, node), node).toHaveAttribute('data-status', 'not-run', { timeout: 30_000 });
      }
      await panel.getByRole('button', { name: 'Run' }).click();
      for (const [node, status] of Object.entries(c.nodes)) {
        await expect(stateNode(page, node), node).toHaveAttribute('data-status', status, { timeout: 30_000 });
      }
      await expect(executionStatus(page)).toHaveText(c.status);
      if (c.output) await expect(panel.getByLabel('Execution output')).toContainText(c.output);
    });
  }
});

test('the gallery is keyboard accessible: arrows move between cards, Enter chooses, Escape closes only the gallery', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Workflows', exact: true }).click();
  const lib = page.getByRole('dialog', { name: 'Workflows' });
  const opener = lib.getByRole('button', { name: 'New from template…' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const gallery = page.getByRole('dialog', { name: 'Templates' });
  await expect(gallery.getByRole('button', { name: 'Blank workflow' })).toBeFocused();
  await expect(gallery.getByRole('button', { name: 'Saga with compensations' })).toHaveAccessibleDescription(/Saga.*Catch.*BookingFailed/);
  const axe = await new AxeBuilder({ page }).include('.template-gallery').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.failureSummary ?? ''}`))).toEqual([]);
  // The focus stays in the gallery (a modal dialog): Shift+Tab from the first card goes to Close, then wraps to the last card.
  await page.keyboard.press('Shift+Tab');
  await expect(gallery.getByRole('button', { name: 'Close templates' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(gallery.getByRole('button', { name: 'Choice branching' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(gallery.getByRole('button', { name: 'Close templates' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(gallery).toHaveCount(0);
  await expect(lib).toBeVisible();
  await expect(opener).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(gallery.getByRole('button', { name: 'Blank workflow' })).toBeFocused();
  await page.keyboard.press('ArrowDown'); // second row, first column: the third card
  await expect(gallery.getByRole('button', { name: 'Retry with exponential backoff' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(gallery.getByRole('button', { name: 'Saga with compensations' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('workflow-name')).toHaveText('Saga with compensations');
  await expect(stateNode(page, 'BookCar')).toBeVisible();
  await expect(lib.getByRole('button', { name: 'Open Saga with compensations' })).toBeVisible();
});
