/**
 * Request envelopes shaped like the ones Alexa sends a custom skill: the same fields, the same
 * entity-resolution layout, the same timestamp format, so the handler under test cannot tell the
 * simulator from a device. The simulator, the local endpoint's tests and the fuzzer all build their
 * envelopes here, so that one file decides what a well-formed envelope looks like.
 */
import { randomUUID } from 'node:crypto';
import type {
  canfulfill,
  Intent,
  IntentRequest,
  interfaces,
  LaunchRequest,
  Request,
  RequestEnvelope,
  SessionEndedReason,
  SessionEndedRequest,
  Slot,
  slu,
  SupportedInterfaces,
} from 'ask-sdk-model';

export interface Device {
  readonly applicationId: string;
  readonly userId: string;
  readonly deviceId: string;
  readonly locale: string;
  /** What the device can do besides speech; none by default, as on an Echo without a screen. */
  readonly supportedInterfaces?: SupportedInterfaces;
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

/** Entity resolution as Alexa reports it for a slot: the ids it matched, or why there are none. */
export type Resolution =
  | { readonly status: 'ER_SUCCESS_MATCH'; readonly values: readonly { readonly id: string; readonly name: string }[] }
  | { readonly status: 'ER_SUCCESS_NO_MATCH' | 'ER_ERROR_TIMEOUT' | 'ER_ERROR_EXCEPTION' };

/** A slot to send: the matcher's MatchedSlot is one. */
export interface SlotInput {
  readonly name: string;
  readonly type: string;
  /** The words said for the slot, or null when the utterance did not fill it. */
  readonly value: string | null;
  /** Null for an empty slot or a type without entity resolution. */
  readonly resolution: Resolution | null;
}

function intentJson(device: Device, name: string, slots: readonly SlotInput[]): Intent {
  const intent: Intent = { name, confirmationStatus: 'NONE' };
  if (slots.length > 0) intent.slots = Object.fromEntries(slots.map((slot) => [slot.name, slotJson(device, slot)]));
  return intent;
}

export function intentRequest(device: Device, at: number, intent: string, slots: readonly SlotInput[]): IntentRequest {
  // Alexa sends `dialogState` only to skills with a dialog model, which this one has not; ask-sdk-model
  // types it as always present.
  return { type: 'IntentRequest', ...requestBase(device, at), intent: intentJson(device, intent, slots) } as IntentRequest;
}

/** Alexa asking, outside a session, whether the skill could answer this intent. */
export function canFulfillIntentRequest(device: Device, at: number, intent: string, slots: readonly SlotInput[]): canfulfill.CanFulfillIntentRequest {
  return { type: 'CanFulfillIntentRequest', ...requestBase(device, at), intent: intentJson(device, intent, slots) };
}

/** A touch on the screen: the arguments of the document's SendEvent command. */
export function aplUserEvent(device: Device, at: number, token: string, args: readonly unknown[]): interfaces.alexa.presentation.apl.UserEvent {
  return {
    type: 'Alexa.Presentation.APL.UserEvent',
    ...requestBase(device, at),
    token,
    arguments: [...args],
    source: { type: 'TouchWrapper', handler: 'Press', id: '' },
  };
}

/** Alexa telling the skill that its last response could not be used. */
export function exceptionEncountered(device: Device, at: number, error: interfaces.system.Error, causeRequestId: string): interfaces.system.ExceptionEncounteredRequest {
  return { type: 'System.ExceptionEncountered', ...requestBase(device, at), error: { ...error }, cause: { requestId: causeRequestId } };
}

/** The answer to a Connections.SendRequest directive (a purchase, a reminder, a task). */
export function connectionsResponse(device: Device, at: number, name: string, status: interfaces.connections.ConnectionsStatus, payload: Readonly<Record<string, unknown>>): interfaces.connections.ConnectionsResponse {
  return { type: 'Connections.Response', ...requestBase(device, at), name, status: { ...status }, payload: { ...payload }, token: '' };
}

/** AudioPlayer's playback events and the media buttons' PlaybackController commands: sent without a session. */
export const AUDIO_REQUEST_TYPES = [
  'AudioPlayer.PlaybackStarted', 'AudioPlayer.PlaybackFinished', 'AudioPlayer.PlaybackStopped',
  'AudioPlayer.PlaybackNearlyFinished', 'AudioPlayer.PlaybackFailed',
  'PlaybackController.PlayCommandIssued', 'PlaybackController.PauseCommandIssued',
  'PlaybackController.NextCommandIssued', 'PlaybackController.PreviousCommandIssued',
] as const;

export function audioRequest(device: Device, at: number, type: (typeof AUDIO_REQUEST_TYPES)[number], token: string): Request {
  const playback = type.startsWith('AudioPlayer.') ? { token, offsetInMilliseconds: 0 } : {};
  const failure = type === 'AudioPlayer.PlaybackFailed' ? { error: { type: 'MEDIA_ERROR_UNKNOWN', message: 'fuzzed' }, currentPlaybackState: { token, offsetInMilliseconds: 0, playerActivity: 'PLAYING' } } : {};
  return { type, ...requestBase(device, at), ...playback, ...failure } as Request;
}

/** A message the skill's own backend sent through the Skill Messaging API. */
export function messageReceived(device: Device, at: number, message: Readonly<Record<string, unknown>>): interfaces.messaging.MessageReceivedRequest {
  return { type: 'Messaging.MessageReceived', ...requestBase(device, at), message: { ...message } };
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

function slotJson(device: Device, slot: SlotInput): Slot {
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

function resolution(device: Device, slot: SlotInput): slu.entityresolution.Resolution {
  const base = { authority: authority(device, slot.type) };
  if (slot.resolution?.status === 'ER_SUCCESS_MATCH') {
    return {
      ...base,
      status: { code: 'ER_SUCCESS_MATCH' },
      values: slot.resolution.values.map((value) => ({ value: { name: value.name, id: value.id } })),
    };
  }
  // Alexa leaves `values` out when nothing matched, though ask-sdk-model types it as always present: a
  // skill must cope with it missing, so the simulator sends it missing.
  return { ...base, status: { code: slot.resolution?.status ?? 'ER_SUCCESS_NO_MATCH' } } as slu.entityresolution.Resolution;
}

/**
 * One request in its envelope, with the session and device context a real Echo sends. A null session
 * is a request from outside any conversation (a skill message), which Alexa sends without one.
 */
export function envelope(device: Device, session: SessionState | null, request: Request): RequestEnvelope {
  const application = { applicationId: device.applicationId };
  const user = { userId: device.userId };
  return {
    version: '1.0',
    ...(session === null ? {} : {
      session: {
        new: session.isNew,
        sessionId: session.sessionId,
        application,
        // Alexa sends the attributes the last response set, and none at the start of a session.
        ...(session.isNew ? {} : { attributes: { ...session.attributes } }),
        user,
      },
    }),
    context: {
      System: {
        application,
        user,
        device: { deviceId: device.deviceId, supportedInterfaces: { ...device.supportedInterfaces } },
        apiEndpoint: 'https://api.amazonalexa.com',
        apiAccessToken: 'simulator-has-no-api-access',
      },
    },
    request,
  };
}
