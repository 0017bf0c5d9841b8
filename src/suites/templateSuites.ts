/**
 * The test suites the templates ship with (src/asl/templates): a new workflow made from a template starts with
 * these cases, and together they take every transition of the template (each Next, Choice rule, Default, Catch and
 * Retry path: 100% transition coverage, checked by templateSuites.test.ts). Lambda (`lambda:invoke`) mocks return
 * the whole API response, as in Step Functions Local.
 */
import type { JsonValue } from '../asl/types.ts';
import type { MockedInvocation } from '../simulator/mockConfig.ts';
import type { TestCase, TestSuite } from './model.ts';

/** A lambda:invoke response around a function result. */
const ok = (payload: JsonValue): MockedInvocation => ({ Return: { Payload: payload, StatusCode: 200 } });
const fails = (error: string, cause: string): MockedInvocation => ({ Throw: { Error: error, Cause: cause } });
const once = (m: MockedInvocation) => ({ '0': m });

const seedCase: TestCase = {
  name: 'Creates the user, places the order, notifies',
  input: { name: 'Ada Lovelace', email: 'ada@example.com' },
  mocks: {
    CreateUser: once(ok({ status: 'User created successfully', userId: '123' })),
    PlaceOrder: once(ok({ status: 'Order placed successfully', orderId: '456' })),
    SendNotification: once(ok({ status: 'Notification sent successfully' })),
  },
  expect: { status: 'SUCCEEDED', output: { status: 'Notification sent successfully' }, outputMatch: 'subset', visits: ['SendNotification'] },
};

const throttled = fails('Lambda.TooManyRequestsException', 'Rate exceeded');
const RETRY: TestSuite = {
  cases: [
    {
      name: 'Charges on the third attempt after two throttles',
      input: { orderId: '456', customerId: '123', amount: 49.99, currency: 'USD' },
      mocks: { ChargePayment: { '0-1': throttled, '2': ok({ paymentId: 'pay-789', status: 'CHARGED' }) }, SendReceipt: once(ok({ status: 'Receipt sent' })) },
      expect: { status: 'SUCCEEDED', path: ['ChargePayment', 'SendReceipt'] },
    },
    {
      name: 'A declined card is caught and reported',
      input: { orderId: '457', customerId: '123', amount: 10, currency: 'USD' },
      mocks: { ChargePayment: once(fails('CardDeclined', 'Insufficient funds')) },
      expect: { status: 'FAILED', visits: ['PaymentFailed'] },
    },
  ],
};

const trip = {
  tripId: 'TRIP-2026-118',
  hotel: { city: 'Lisbon', checkIn: '2026-12-18', nights: 3 },
  flight: { from: 'BER', to: 'LIS', date: '2026-12-18' },
  car: { pickUp: 'LIS', date: '2026-12-18', days: 3 },
};
const booked = (id: string) => once(ok({ bookingId: id }));
const SAGA: TestSuite = {
  cases: [
    {
      name: 'Every booking goes through',
      input: trip,
      mocks: { BookHotel: booked('HOTEL-1001'), BookFlight: booked('FLIGHT-2002'), BookCar: booked('CAR-3003') },
      expect: {
        status: 'SUCCEEDED',
        output: { hotelBooking: { bookingId: 'HOTEL-1001' }, flightBooking: { bookingId: 'FLIGHT-2002' }, carBooking: { bookingId: 'CAR-3003' } },
        outputMatch: 'subset',
      },
    },
    {
      name: 'No car: the flight and the hotel are cancelled (each retried once)',
      input: trip,
      mocks: {
        BookHotel: booked('HOTEL-1001'),
        BookFlight: booked('FLIGHT-2002'),
        BookCar: once(fails('CarUnavailable', 'No car is available at LIS on 2026-12-18')),
        CancelFlight: { '0': fails('Lambda.ServiceException', 'try again'), '1': ok({ cancelled: 'FLIGHT-2002' }) },
        CancelHotel: { '0': fails('Lambda.ServiceException', 'try again'), '1': ok({ cancelled: 'HOTEL-1001' }) },
      },
      expect: { status: 'FAILED', error: 'BookingFailed', path: ['BookHotel', 'BookFlight', 'BookCar', 'CancelFlight', 'CancelHotel', 'BookingFailed'] },
    },
    {
      name: 'No flight: only the hotel is cancelled',
      input: trip,
      mocks: { BookHotel: booked('HOTEL-1001'), BookFlight: once(fails('SoldOut', 'No seats left')), CancelHotel: once(ok({ cancelled: 'HOTEL-1001' })) },
      expect: { status: 'FAILED', error: 'BookingFailed', path: ['BookHotel', 'BookFlight', 'CancelHotel', 'BookingFailed'] },
    },
    {
      name: 'No hotel: nothing to undo',
      input: trip,
      mocks: { BookHotel: once(fails('NoRooms', 'Fully booked')) },
      expect: { status: 'FAILED', error: 'BookingFailed', path: ['BookHotel', 'BookingFailed'] },
    },
  ],
};

const PARALLEL: TestSuite = {
  cases: [
    {
      name: 'Inventory, payment and fraud checks are joined',
      input: { orderId: '456', customerId: '123', amount: 129.5, items: [{ sku: 'BOOK-1', quantity: 2 }] },
      mocks: {
        CheckInventory: once(ok({ inStock: true, warehouse: 'eu-west' })),
        AuthorizePayment: once(ok({ authorized: true, authorizationId: 'auth-5521' })),
        ScoreFraudRisk: once(ok({ score: 0.07, decision: 'ACCEPT' })),
      },
      expect: {
        status: 'SUCCEEDED',
        output: {
          orderId: '456',
          inventory: { inStock: true },
          payment: { authorized: true },
          fraud: { decision: 'ACCEPT' },
        },
        outputMatch: 'subset',
      },
    },
  ],
};

const shipped = (n: number) => ok({ status: 'SHIPPED', trackingId: `TRK-${n}` });
const MAP: TestSuite = {
  cases: [
    {
      name: 'One item out of stock is tolerated',
      input: { orderId: '456', items: [{ sku: 'BOOK-1' }, { sku: 'MUG-7' }, { sku: 'LAMP-3' }, { sku: 'PEN-12' }] },
      mocks: {
        ShipItem: { '0': shipped(1), '1': shipped(2), '2': fails('OutOfStock', 'LAMP-3 is out of stock'), '3': shipped(4) },
        NotifyCustomer: once(ok({ status: 'Shipping update sent' })),
      },
      expect: { status: 'SUCCEEDED', output: { notification: { status: 'Shipping update sent' } }, outputMatch: 'subset', visits: ['ShipItems/~p/ShipItem'] },
    },
  ],
};

const expense = { expenseId: 'EXP-2026-0142', employee: 'ada@example.com', amount: 1250, description: 'Conference travel' };
const APPROVAL: TestSuite = {
  cases: [
    {
      name: 'Approved expenses are paid',
      input: expense,
      mocks: { RequestApproval: once({ Return: { decision: 'APPROVED', approver: 'grace@example.com' } }), PayExpense: once(ok({ paymentId: 'pay-3141' })) },
      expect: { status: 'SUCCEEDED', output: { payment: { paymentId: 'pay-3141' } }, outputMatch: 'subset' },
    },
    {
      name: 'Rejected expenses fail',
      input: expense,
      mocks: { RequestApproval: once({ Return: { decision: 'REJECTED', approver: 'grace@example.com' } }) },
      expect: { status: 'FAILED', visits: ['ExpenseRejected'] },
    },
    {
      name: 'No answer in time',
      input: expense,
      mocks: { RequestApproval: once(fails('States.Timeout', 'No decision within the time allowed')) },
      expect: { status: 'FAILED', visits: ['ApprovalTimedOut'] },
    },
  ],
};

const JSONATA: TestSuite = {
  cases: [
    {
      name: 'Passes the user and order ids along in variables',
      input: { name: 'Ada Lovelace', email: 'ada@example.com', items: [{ sku: 'BOOK-1', quantity: 2 }] },
      mocks: {
        CreateUser: once(ok({ status: 'User created successfully', userId: '123' })),
        PlaceOrder: once(ok({ status: 'Order placed successfully', orderId: '456' })),
        SendNotification: once(ok({ status: 'Notification sent successfully' })),
      },
      expect: { status: 'SUCCEEDED', output: { userId: '123', orderId: '456', status: 'Notification sent successfully' } },
    },
  ],
};

const CHOICE: TestSuite = {
  cases: [
    {
      name: 'Orders over 1000 need approval',
      input: { orderId: '458', total: 2500 },
      mocks: { RequestApproval: once(ok({ orderId: '458', total: 2500, approved: true })), ProcessOrder: once(ok({ status: 'Order processed' })) },
      expect: { status: 'SUCCEEDED', path: ['CheckTotal', 'RequestApproval', 'ProcessOrder', 'Done'] },
    },
    {
      name: 'Small orders go straight through',
      input: { orderId: '459', total: 20 },
      mocks: { ProcessOrder: once(ok({ status: 'Order processed' })) },
      expect: { status: 'SUCCEEDED', path: ['CheckTotal', 'ProcessOrder', 'Done'] },
    },
  ],
};

/** By template id (src/asl/templates/index.ts). */
export const TEMPLATE_SUITES: Readonly<Record<string, TestSuite>> = {
  blank: { cases: [] },
  seed: { cases: [seedCase] },
  'retry-backoff': RETRY,
  saga: SAGA,
  parallel: PARALLEL,
  map: MAP,
  approval: APPROVAL,
  jsonata: JSONATA,
  choice: CHOICE,
};
