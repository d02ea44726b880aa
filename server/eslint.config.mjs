import baseConfig, { typeAware } from '../eslint.config.mjs';

export default [...baseConfig, ...typeAware];
