/**
 * The rules' per-cell shortcuts (issue 12: pre-checks that rule a cell out, memos of distinct
 * values) must give exactly the answers of judging every cell in full. Property tests switch them
 * off here and compare the two reports; nothing else ever does.
 */
export const fastPaths = { enabled: true };
