/** A saga: book a hotel, a flight and a car; when a booking fails, cancel the ones made, newest first. */
import { error, json, lambdaArn, lambdaTask, result, type WorkflowTemplate } from './types.ts';

const book = (fn: string, key: string, onError: string, next: string, comment: string) =>
  lambdaTask(fn, {
    Comment: comment,
    Parameters: { FunctionName: lambdaArn(fn), 'Payload.$': `$.${key}` },
    ResultSelector: { 'bookingId.$': '$.Payload.bookingId' },
    ResultPath: `$.${key}Booking`,
    Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: onError }],
    Next: next,
  });

const cancel = (fn: string, key: string, next: string, comment: string) =>
  lambdaTask(fn, {
    Comment: comment,
    Parameters: { FunctionName: lambdaArn(fn), Payload: { 'bookingId.$': `$.${key}Booking.bookingId` } },
    ResultPath: null,
    Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 1, BackoffRate: 2, MaxAttempts: 3 }],
    Next: next,
  });

export const SAGA: WorkflowTemplate = {
  id: 'saga',
  name: 'Saga with compensations',
  description:
    'Book a hotel, a flight and a car. The car mock fails, so the Catch cancels the flight, then the hotel, and the run ends in the Fail state "BookingFailed", as designed.',
  tags: ['Saga', 'Catch'],
  text: json({
    Comment:
      'Saga: each booking is a local transaction with a compensating action. When a step fails, its Catch runs the compensations of the steps that succeeded, newest first, then fails the execution. Compensations ignore their result (ResultPath null) and retry, since they must not be skipped.',
    StartAt: 'BookHotel',
    States: {
      BookHotel: book('BookHotel', 'hotel', 'BookingFailed', 'BookFlight', 'First booking: nothing to undo if it fails.'),
      BookFlight: book('BookFlight', 'flight', 'CancelHotel', 'BookCar', 'If the flight cannot be booked, only the hotel is cancelled.'),
      BookCar: book('BookCar', 'car', 'CancelFlight', 'BookingConfirmed', 'The mock fails: no car is available, so both earlier bookings are undone.'),
      BookingConfirmed: { Type: 'Succeed', Comment: 'Every booking went through.' },
      CancelFlight: cancel('CancelFlight', 'flight', 'CancelHotel', 'Compensates BookFlight.'),
      CancelHotel: cancel('CancelHotel', 'hotel', 'BookingFailed', 'Compensates BookHotel.'),
      BookingFailed: {
        Type: 'Fail',
        Comment: 'Reached after the compensations: nothing stays booked.',
        Error: 'BookingFailed',
        Cause: 'The trip could not be booked; every booking made was cancelled',
      },
    },
  }),
  simulation: {
    input: {
      tripId: 'TRIP-2026-118',
      hotel: { city: 'Lisbon', checkIn: '2026-12-18', nights: 3 },
      flight: { from: 'BER', to: 'LIS', date: '2026-12-18' },
      car: { pickUp: 'LIS', date: '2026-12-18', days: 3 },
    },
    mocks: {
      BookHotel: result({ bookingId: 'HOTEL-1001' }),
      BookFlight: result({ bookingId: 'FLIGHT-2002' }),
      BookCar: error('CarUnavailable', 'No car is available at LIS on 2026-12-18'),
      CancelFlight: result({ cancelled: 'FLIGHT-2002' }),
      CancelHotel: result({ cancelled: 'HOTEL-1001' }),
    },
  },
  outcome: { status: 'FAILED', error: 'BookingFailed' },
};
