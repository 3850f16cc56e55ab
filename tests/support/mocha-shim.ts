// ask-sdk-test imports `it` and `describe` from mocha; this hands it jest's instead.
export const it = global.it;
export const describe = global.describe;
