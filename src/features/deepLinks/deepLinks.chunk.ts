// Entry of dist/deepLinks.js: opening a link into the playbook and copying one, loaded on the first
// link (VS Code keeps one that arrives before the handler is registered) or Copy Link.
export { openDeepLink, copyDeepLink } from './deepLinkHandler';
