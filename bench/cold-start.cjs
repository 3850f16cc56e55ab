// One cold start: load a Lambda bundle and answer one LaunchRequest, in this fresh process.
const bundle = process.argv[2];
const envelope = {
  version: '1.0',
  session: { new: true, sessionId: 'bench', application: { applicationId: 'bench' }, user: { userId: 'bench' }, attributes: {} },
  context: { System: { application: { applicationId: 'bench' }, user: { userId: 'bench' }, device: { deviceId: 'bench', supportedInterfaces: {} }, apiEndpoint: 'https://api.amazonalexa.com' } },
  request: { type: 'LaunchRequest', requestId: 'bench', timestamp: new Date().toISOString(), locale: 'en-US' },
};
require(bundle).handler(envelope, {}, (error, response) => {
  if (error || !response || !response.response.outputSpeech) process.exit(1);
});
