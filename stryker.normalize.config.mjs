// Mutation testing of src/normalize (`npm run mutation:normalize`): see stryker.config.mjs.
import { moduleConfig } from './stryker.config.mjs';

export default moduleConfig('normalize', ['src/normalize/**/*.ts']);
