/**
 * Request envelopes shaped like the ones Alexa sends a custom skill: the same fields, the same
 * entity-resolution layout, the same timestamp format, so the handler under test cannot tell the
 * simulator from a device. The simulator, the local endpoint's tests and the fuzzer all build their
 * envelopes here, so that one file decides what a well-formed envelope looks like.
 */
import { randomUUID } from 'node:crypto';
import type { IntentRequest, LaunchRequest, Request, RequestEnvelope, SessionEndedReason, SessionEndedRequest, Slot, slu } from 'ask-sdk-model';
import type { MatchedSlot } from '../matcher/matcher';

export interface Device {
  readonly applicationId: string;
  readonly userId: string;
  readonly deviceId: string;
  readonly locale: string;
}

export interface SessionState {
  readonly sessionId: string;
  /** True for the first request of the session only. */
  readonly isNew: boolean;
  readonly attributes: Readonly<Record<string, unknown>>;
}

/** A skill id for when SKILL_ID is not set: the shape of a real one, so id checks see something plausible. */
export const SIMULATOR_SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-000000000000';

export function newDevice(locale: string, applicationId: string = process.env.SKILL_ID ?? SIMULATOR_SKILL_ID): Device {
  return {
    applicationId,
    userId: `amzn1.ask.account.SIMULATOR${randomUUID().replace(/-/g, '').toUpperCase()}`,
    deviceId: `amzn1.ask.device.SIMULATOR${randomUUID().replace(/-/g, '').toUpperCase()}`,
    locale,
  };
}

export function newSession(): SessionState {
  return { sessionId: `amzn1.echo-api.session.${randomUUID()}`, isNew: true, attributes: {} };
}

/** Alexa stamps requests in UTC to the second, without milliseconds. */
export function alexaTimestamp(epochMs: number): string {
  return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function requestBase(device: Device, at: number) {
  return { requestId: `amzn1.echo-api.request.${randomUUID()}`, timestamp: alexaTimestamp(at), locale: device.locale };
}

export function launchRequest(device: Device, at: number): LaunchRequest {
  return { type: 'LaunchRequest', ...requestBase(device, at) };
}

export function intentRequest(device: Device, at: number, intent: string, slots: readonly MatchedSlot[]): IntentRequest {
  // Alexa sends `dialogState` only to skills with a dialog model, which this one has not; ask-sdk-model
  // types it as always present.
  const request = {
    type: 'IntentRequest',
    ...requestBase(device, at),
    intent: { name: intent, confirmationStatus: 'NONE' },
  } as IntentRequest;
  if (slots.length > 0) {
    request.intent.slots = Object.fromEntries(slots.map((slot) => [slot.name, slotJson(device, slot)]));
  }
  return request;
}

export function sessionEndedRequest(
  device: Device,
  at: number,
  reason: SessionEndedReason,
  error?: { readonly type: 'INVALID_RESPONSE' | 'DEVICE_COMMUNICATION_ERROR' | 'INTERNAL_SERVICE_ERROR'; readonly message: string },
): SessionEndedRequest {
  return { type: 'SessionEndedRequest', ...requestBase(device, at), reason, ...(error ? { error: { ...error } } : {}) };
}

/** Alexa names the authority of a custom slot type after the skill and the type. */
export function authority(device: Device, slotType: string): string {
  return `amzn1.er-authority.echo-sdk.${device.applicationId}.${slotType}`;
}

function slotJson(device: Device, slot: MatchedSlot): Slot {
  if (slot.value === null) return { name: slot.name, confirmationStatus: 'NONE' };
  const json: Slot = { name: slot.name, value: slot.value, confirmationStatus: 'NONE' };
  if (slot.resolution !== null) {
    const resolutions: slu.entityresolution.Resolutions = { resolutionsPerAuthority: [resolution(device, slot)] };
    json.resolutions = resolutions;
    // Current Alexa requests repeat the value in `slotValue` as well.
    json.slotValue = { type: 'Simple', value: slot.value, resolutions };
  } else {
    json.slotValue = { type: 'Simple', value: slot.value };
  }
  return json;
}

function resolution(device: Device, slot: MatchedSlot): slu.entityresolution.Resolution {
  const base = { authority: authority(device, slot.type) };
  if (slot.resolution?.status === 'ER_SUCCESS_MATCH') {
    return {
      ...base,
      status: { code: 'ER_SUCCESS_MATCH' },
      values: slot.resolution.values.map((value) => ({ value: { name: value.name, id: value.id } })),
    };
  }
  // Alexa leaves `values` out on NO_MATCH, though ask-sdk-model types it as always present: a skill
  // must cope with it missing, so the simulator sends it missing.
  return { ...base, status: { code: 'ER_SUCCESS_NO_MATCH' } } as slu.entityresolution.Resolution;
}

/** One request in its envelope, with the session and device context a real Echo (no screen) sends. */
export function envelope(device: Device, session: SessionState, request: Request): RequestEnvelope {
  const application = { applicationId: device.applicationId };
  const user = { userId: device.userId };
  return {
    version: '1.0',
    session: {
      new: session.isNew,
      sessionId: session.sessionId,
      application,
      // Alexa sends the attributes the last response set, and none at the start of a session.
      ...(session.isNew ? {} : { attributes: { ...session.attributes } }),
      user,
    },
    context: {
      System: {
        application,
        user,
        device: { deviceId: device.deviceId, supportedInterfaces: {} },
        apiEndpoint: 'https://api.amazonalexa.com',
        apiAccessToken: 'simulator-has-no-api-access',
      },
    },
    request,
  };
}
