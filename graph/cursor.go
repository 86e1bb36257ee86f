package graph

import (
	"encoding/base64"
	"encoding/json"
)

// The cursors Store hands out, exported for stores that answer the same
// reads another way (the resolvers' tests' in-memory store), so that the
// encoding has one owner: Store's reads use these functions or the ones
// they call.

// DocCursor is the cursor after document n in a page of documents.
func DocCursor(n Node) string { return docCursor(n) }

// ParseDocCursor reads a DocCursor back; anything else is ErrBadCursor.
func ParseDocCursor(c string) (date, key string, err error) { return parseDocCursor(c) }

// PositionCursor is the cursor after position n in a page of positions.
func PositionCursor(n Node) string { return positionCursorOf(n) }

// ParsePositionCursor reads a PositionCursor back: the letter's date, its
// key and the position's ordinal in it; anything else is ErrBadCursor.
func ParsePositionCursor(c string) (date, doc string, ord int, err error) {
	pc, err := parsePositionCursor(c)
	return pc.Date, pc.Doc, pc.Ord, err
}

// ActCursor is the cursor after act n in a page of legal acts.
func ActCursor(n Node) string { return actCursor(n) }

// ParseActCursor reads an ActCursor back ("" for none).
func ParseActCursor(c string) (string, error) { return parseActCursor(c) }

// RelCursor is the cursor after a relation in a page of relations: its
// identity as the write stores it, encoded.
func RelCursor(t RelType, from, to Ref, doc string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(relID(t, from, to, doc)))
}

// ParseRelCursor reads a RelCursor back into the relation's identity ("" for
// no cursor); relations are paged in the order of their identities.
func ParseRelCursor(c string) (string, error) { return relAfter(c) }

// TimelineCursor is the cursor after a timeline entry.
func TimelineCursor(e TimelineEntry) string {
	b, _ := json.Marshal(timelineCursor{Date: e.Date, Kind: string(e.Kind), Key: e.Node.Key})
	return base64.RawURLEncoding.EncodeToString(b)
}

// ParseTimelineCursor reads a TimelineCursor back: the entry's date, kind
// and node key; anything else is ErrBadCursor.
func ParseTimelineCursor(c string) (date string, kind TimelineKind, key string, err error) {
	raw, err := base64.RawURLEncoding.DecodeString(c)
	var tc timelineCursor
	if err != nil || json.Unmarshal(raw, &tc) != nil || tc.Key == "" {
		return "", "", "", ErrBadCursor
	}
	return tc.Date, TimelineKind(tc.Kind), tc.Key, nil
}
