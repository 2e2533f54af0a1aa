export { HOME_WIDGETS, visibleWidgets, type HomeWidget } from './registry';
