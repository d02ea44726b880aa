import baseConfig, { frameworkFree, typeAware } from '../../eslint.config.mjs';

export default [...baseConfig, ...frameworkFree, ...typeAware];
