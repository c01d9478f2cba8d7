export {
  argumentError, checkFinite, checkNoNaN, checkProbability, requireAtLeast, requireFinite, requireInteger, requireNonEmptyArray,
  requireNonNegative, requirePositive, requireProbability, show,
} from './checkArgument.js';
