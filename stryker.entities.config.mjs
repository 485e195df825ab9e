// Mutation testing of the entity finders (`npm run mutation:entities`): see stryker.config.mjs.
import { moduleConfig } from './stryker.config.mjs';

export default moduleConfig('entities', ['src/entities/**/*.ts']);
