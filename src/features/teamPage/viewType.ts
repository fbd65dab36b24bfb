/** The webview type of a team page: the serializer is registered with it after activation, pages are made with it in the chunk. */
export const VIEW_TYPE = 'cePlaybook.intersection';
