/* The word lists the resolver reads: words that are not names, that make a
 * capitalised run an organisation, titles, speech verbs, prepositions. Each
 * list has an RL_* class; rs_lists_new() turns them all into one word set,
 * built with the dictionary, so that the resolver looks each word up once and
 * every list test is a bit test (comparing each word with each list entry was
 * a tenth of the pipeline's time). Matching ignores ASCII case. */
#include "rs_int.h"

/* Capitalised words that start sentences but are not names. */
static const char *const not_names[] = { "The", "A", "An", "In", "On", "At", "But", "And", "Or", "If", "When",
                                         "While", "After", "Before", "As", "For", "With", "This", "That", "These",
                                         "Those", "It", "He", "She", "They", "We", "I", "His", "Her", "Their", "Our",
                                         "Its", "There", "Here", "What", "Who", "Why", "How", "Where", "Meanwhile",
                                         "However", "Still", "Also", "Despite", "Although", "Separately", "Amid",
                                         "According", "Last", "Next", "Since", "During", "Under", "Over", "From",
                                         "To", "By", "Some", "Many", "Most", "All", "Both", "Several", "Such", "Yet",
                                         "So", "Not", "No", "Now", "Then", "Today", "Yesterday", "Tomorrow", "Monday",
                                         "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                                         "January", "February", "March", "April", "May", "June", "July", "August",
                                         "September", "October", "November", "December", "Mr.", "Mrs.", "Ms.", "Dr.",
                                         "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "Prof.", "Do",
                                         "Does", "Did", "Is", "Are", "Was", "Were", "Will", "Would", "Can", "Could",
                                         "Should", "Let", "Please", "Thank", "Thanks", "Yes", "Oh", "One", "Two",
                                         "Three", "Every", "Each", "Any", "Other", "Another", "Even", "Only", "Just",
                                         "Earlier", "Later", "Instead", "Because", "Though", "Once", "Until",
                                         "Unlike", "Like", "Without", "Within", "Through", "Among", "Between",
                                         "Against", "Toward", "Towards", "Following", "Including", "Asked",
                                         "Speaking", "Writing", "Read", "More", "Less", "Much", "New", "Former", "Ex",
                                         "Updated", "Published", "Photo", "Image", "Video", "Watch", "Listen",
                                         "Advertisement", NULL };

/* Words that make a capitalised sequence an organisation or a place, not a person. */
static const char *const org_words[] = { "Ministry", "Council", "Agency", "Party", "Bank", "Company", "Group",
                                         "University", "Institute", "Committee", "Commission", "Department", "Office",
                                         "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "News", "TV", "Channel",
                                         "Times", "Post", "Airlines", "Union", "Association", "Federation", "Front",
                                         "Army", "Forces", "Movement", "Organization", "Organisation", "Fund",
                                         "Court", "Parliament", "Assembly", "Church", "School", "Hospital", "Airport",
                                         "Street", "Square", "Province", "Region", "District", "City", "County",
                                         "State", "States", "Republic", "Kingdom", "Island", "Islands", "Sea",
                                         "River", "Mountains", "Valley", "Center", "Centre", "Foundation", "Network",
                                         "Service", "Services", "Press", "Journal", "Herald", "Review", "Daily",
                                         "Weekly", "Radio", "Television", "Club", "League", "Cup", "Games", "Award",
                                         "Awards", "Prize", "Festival", "Day", "War", "Treaty", "Accord", "Act",
                                         "Bill", "Plan", "Program", "Programme", "Project", "Initiative", "Summit",
                                         "Conference", "Forum", "Exchange", "Index", "Market", "Markets", "Stock",
                                         "Holdings", "Industries", "Systems", "Technologies", "Energy", "Oil", "Gas",
                                         "Motors", "Capital", "Partners", "Securities", "Brothers", "Co", "Co.",
                                         "Trust", "Authority", "Board", "Bureau", "Police", "Guard", "Navy",
                                         "Brigade", "Battalion", "Division", "Command", "Base", "Palace", "House",
                                         "Hall", "Tower", "Bridge", "Road", "Avenue", "Park", "Port", "Gulf", "Ocean",
                                         "Strait", "Peninsula", "Basin", "Desert", "Coast", "Media", "Online",
                                         "Magazine", "Agreement", NULL };

/* Lower-case particles inside names ("Ursula von der Leyen"). */
static const char *const particles[] = { "von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "bin", "ibn",
                                         "al", "el", "dos", "das", "del", "ben", "ter", "zu", NULL };

/* Words that make a country's name part of a place name ("New Jersey", "West Virginia"). */
static const char *const place_prefixes[] = { "New", "North", "South", "East", "West", "Northern", "Southern",
                                              "Eastern", "Western", "Upper", "Lower", "Central", "Little", "Great",
                                              NULL };

/* Words before a title that make it a past one ("former president"). */
static const char *const past_words[] = { "former", "then", "ex", "late", "onetime", "erstwhile", "deposed", "ousted",
                                          "exiled", "disgraced", NULL };

/* Words that may open a description after "NAME,". */
static const char *const appositive_openers[] = { "a", "an", "the", "former", "then", "now", "also", "once",
                                                  "currently", "who", "whose", "its", "his", "her", "one", "another",
                                                  "himself", "herself", NULL };

/* Words after a title word that continue a description ("director of ..."). */
static const char *const appositive_links[] = { "of", "at", "for", "with", "in", NULL };

/* Titles that make the name after them a person's. */
static const char *const personal_titles[] = { "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame",
                                               "Prof.", NULL };

/* Speech verbs after a name: its bearer is a person. */
static const char *const speech_verbs[] = { "said", "says", "told", "added", "wrote", "argued", "noted", "stated",
                                            "explained", "warned", "asked", "tweeted", "posted", NULL };

/* Title words that name an institution rather than a person. */
static const char *const institutions[] = { "government", "ministry", "council", "committee", "parliament",
                                            "congress", "senate", "assembly", "court", "army", "police", "forces",
                                            "representatives", "house", "administration", "department", "agency",
                                            "office", "party", "commission", "navy", "military", "cabinet", "regime",
                                            "company", "companies", "firm", "subsidiary", "unit", "group",
                                            "newspaper", "daily", "broadcaster", "channel", "network", "bank",
                                            "airline", "carrier", "maker", "manufacturer", "producer", "insurer",
                                            "shipyard", "movement", "organisation", "organization", "union",
                                            "militia", "cartel", "gang", "conglomerate", "station", NULL };

/* Prepositions before a place ("in", "near"). */
static const char *const place_prepositions[] = { "in", "at", "near", "outside", "inside", "around", "across", "into",
                                                  "within", "throughout", "via", NULL };

/* Small words left in lower case in title-case headlines. */
static const char *const function_words[] = { "in", "of", "the", "a", "an", "and", "for", "on", "at", "to", "with",
                                              "by", "as", "from", "over", "after", "vs", "or", NULL };

/* Prepositions of movement before a place ("flew to Doha"). */
static const char *const from_to[] = { "from", "to", "toward", "towards", NULL };

an_wordset *rs_lists_new(void) {
    static const struct { const char *const *list; uint32_t cls; } lists[] = {
        { not_names, RL_NOT_NAME }, { org_words, RL_ORG }, { particles, RL_PARTICLE },
        { place_prefixes, RL_PLACE_PREFIX }, { past_words, RL_PAST }, { appositive_openers, RL_APPOSITIVE },
        { appositive_links, RL_APPOSITIVE_LINK }, { personal_titles, RL_PERSONAL_TITLE }, { speech_verbs, RL_SPEECH },
        { institutions, RL_INSTITUTION }, { place_prepositions, RL_PLACE_PREP }, { function_words, RL_FUNCTION },
        { from_to, RL_FROM_TO },
    };
    an_wordset *ws = an_wordset_new();
    for (size_t k = 0; k < sizeof lists / sizeof *lists; k++) an_wordset_add(ws, lists[k].list, lists[k].cls);
    return ws;
}
