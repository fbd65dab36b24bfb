/**
 * The composer's messages about the customer's account (host → webview; part of HostToComposer):
 * the customers the picker offers, the fields the chosen account fills, and the account card.
 * Everything is plain text; the webview builds the DOM with textContent and keeps only https: links.
 */

/** One customer the picker offers as the CE types (names and aliases are matched; `name` is what fills the field). */
export interface CustomerChoice {
  name: string;
  aliases: string[];
  /** Shown under the name: "My account · Enterprise". */
  detail?: string;
}

/** The account card beside the form: all text, already in the CE's language. */
export interface AccountCard {
  /** "Account: Acme Rockets". */
  heading: string;
  /** Aliases, "My account", in one line under the heading. */
  subtitle?: string;
  /** Account team (AE/CE/SDR), plan and shared channel, in that order; absent values left out. */
  facts: Array<{ label: string; value: string }>;
  linksHeading: string;
  /** https: only (the host drops anything else; the webview checks again). */
  links: Array<{ label: string; href: string }>;
  notesHeading: string;
  notes?: string;
  ticketsHeading: string;
  /** The customer's recent sent tickets, newest first, in the words of their Sent tickets rows. */
  tickets: Array<{ text: string; href?: string }>;
  /** Said when there are none. */
  noTickets: string;
  /** The text of a ticket's link ("Open in Slack"). */
  openTicket: string;
}

/** One field the account fills: what the host saw in it, and what goes in. */
export interface AccountFill {
  field: string;
  was: string;
  value: string;
}

export type AccountMessage =
  /** The customers the picker offers (my accounts first); sent when the page is ready and when the data changes. */
  | { type: 'customers'; customers: CustomerChoice[] }
  /**
   * Fields the chosen account fills (`value`; '' empties one the account chosen before had filled).
   * The webview sets a field only if it still holds `was` (blank for an empty one): the CE may have
   * typed since the host decided. It says `announce` in its live region.
   */
  | { type: 'fill'; fields: AccountFill[]; announce: string }
  /** The chosen account's card; none: the card goes (no customer field value names an account). */
  | { type: 'account'; card?: AccountCard };
