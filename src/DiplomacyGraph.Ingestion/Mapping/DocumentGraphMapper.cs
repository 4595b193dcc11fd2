using System.Globalization;
using DiplomacyGraph.Domain.Articles;
using DiplomacyGraph.Domain.Documents;
using DiplomacyGraph.Domain.Graph;

namespace DiplomacyGraph.Ingestion.Mapping;

/// <summary>
/// Turns an article and its document graph into the nodes and edges the store keeps: an Article node, one node per
/// entity (ids from the extractor or <see cref="NodeIds"/>), MENTIONS, LOCATED_IN, HOLDS_OFFICE, one Meeting node per
/// meeting with PARTICIPATED_IN, HELD_IN and REPORTED_IN, and the text relations. Every edge carries its source.
/// A reference that names no entity of the document is dropped and reported, never guessed.
/// </summary>
public sealed class DocumentGraphMapper
{
    private static readonly NodeKind[] EntityKinds =
        [NodeKind.Person, NodeKind.Country, NodeKind.Place, NodeKind.Initiative, NodeKind.Organization, NodeKind.Event];

    /// <summary>Maps one document.</summary>
    /// <param name="knownCountries">
    /// Office countries the store already knows per person id; used for a meeting participant whose office this
    /// document does not state (the country they represent does not change with the article that names them).
    /// </param>
    public MappedDocument Map(Article article, DocumentGraph graph, IReadOnlyDictionary<string, IReadOnlyList<string>>? knownCountries = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(graph);
        var s = new MappingSession(article, graph, NodeIds.Article(article.Body));
        AddArticle(s);
        foreach (var entity in graph.Entities ?? []) AddEntity(s, entity);
        var officeCountries = AddOffices(s);
        var withoutCountry = new List<string>();
        foreach (var meeting in graph.Meetings ?? []) AddMeeting(s, meeting, officeCountries, knownCountries, withoutCountry);
        foreach (var relation in graph.Relations ?? []) AddRelation(s, relation);
        return new MappedDocument(s.ArticleId, s.ToBatch(), s.Dropped, [.. withoutCountry.Distinct(StringComparer.Ordinal)]);
    }

    private static void AddArticle(MappingSession s)
    {
        var title = s.Graph.Document.Title ?? s.Article.Title;
        var label = title ?? s.File;
        var properties = new Dictionary<string, string>(StringComparer.Ordinal) { ["file"] = s.File };
        if (s.Url is not null) properties["url"] = s.Url;
        if (s.Lang is not null) properties["lang"] = s.Lang;
        if (title is not null) properties["title"] = title;
        s.AddNode(new GraphNode(s.ArticleId, NodeKind.Article, s.Lang == "ar" ? new Names(null, label) : new Names(label, null), [])
        {
            Date = ParseDate(s.Graph.Document.Date) ?? s.Article.PublishedDate,
            Properties = properties,
        });
    }

    private static void AddEntity(MappingSession s, DocumentEntity entity)
    {
        if (entity?.Name is null || !Enum.TryParse<NodeKind>(entity.Type, ignoreCase: true, out var kind) || !EntityKinds.Contains(kind))
        {
            s.Dropped.Add($"entity of type '{entity?.Type}' is not a Person, Country, Place, Initiative, Organization or Event: left out");
            return;
        }
        var iso = kind == NodeKind.Country && !string.IsNullOrWhiteSpace(entity.Iso) ? entity.Iso.Trim().ToUpperInvariant() : null;
        var id = EntityId(kind, entity, iso);
        if (id is null)
        {
            s.Dropped.Add($"{kind} entity without a name, id or ISO code: left out");
            return;
        }
        var placeCountry = kind == NodeKind.Place && !string.IsNullOrWhiteSpace(entity.Country) ? entity.Country.Trim().ToUpperInvariant() : null;
        s.AddNode(new GraphNode(id, kind, new Names(Clean(entity.Name.En), Clean(entity.Name.Ar), entity.MachineTransliterated && entity.Name.En is not null),
            [.. (entity.Aliases ?? []).Where(a => !string.IsNullOrWhiteSpace(a))])
        {
            Iso = iso,
            CountryIso = placeCountry,
        });
        s.References.Add(id, kind, [entity.Reference, entity.Name.En, entity.Name.Ar, iso, .. entity.Aliases ?? []]);
        s.AddEdge(RelationshipTypes.Mentions, s.ArticleId, id, entity.Mentions is { Count: > 0 } m ? m[0] : null);
        if (placeCountry is not null) s.AddEdge(RelationshipTypes.LocatedIn, id, EnsureCountry(s, placeCountry), entity.Mentions is { Count: > 0 } pm ? pm[0] : null);
    }

    /// <summary>Extractor id, else the country id from ISO, else the canonical English name, else the Arabic one.</summary>
    private static string? EntityId(NodeKind kind, DocumentEntity entity, string? iso)
    {
        if (!string.IsNullOrWhiteSpace(entity.Id)) return entity.Id.Trim();
        if (iso is not null) return NodeIds.Country(iso);
        // A machine-made English name is only a guess at the canonical one; the written Arabic name is firmer ground.
        var key = entity.MachineTransliterated ? Clean(entity.Name.Ar) ?? Clean(entity.Name.En) : Clean(entity.Name.En) ?? Clean(entity.Name.Ar);
        return key is null ? null : NodeIds.Entity(kind, key);
    }

    /// <summary>The Country node for an ISO code, added bare (ISO as alias) when the document has no such entity.</summary>
    private static string EnsureCountry(MappingSession s, string iso)
    {
        var id = NodeIds.Country(iso);
        if (!s.HasNode(id))
        {
            s.AddNode(new GraphNode(id, NodeKind.Country, Names.Empty, []) { Iso = iso });
            s.References.Add(id, NodeKind.Country, [iso]);
        }
        return id;
    }

    /// <summary>Adds HOLDS_OFFICE edges; returns the office countries stated per person id.</summary>
    private static Dictionary<string, List<string>> AddOffices(MappingSession s)
    {
        var countries = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var office in s.Graph.Offices ?? [])
        {
            var person = s.References.Resolve(office?.Person, NodeKind.Person);
            if (office is null || person is null || string.IsNullOrWhiteSpace(office.Title) || string.IsNullOrWhiteSpace(office.Country))
            {
                s.Dropped.Add($"office '{office?.Title}' of '{office?.Person}' in '{office?.Country}': person unresolved or title/country missing");
                continue;
            }
            var iso = office.Country.Trim().ToUpperInvariant();
            var title = office.Title.Trim();
            s.AddEdge(RelationshipTypes.HoldsOffice, person, EnsureCountry(s, iso), office.Evidence, title,
                new Dictionary<string, string> { ["title"] = title });
            if (!countries.TryGetValue(person, out var list)) countries[person] = list = [];
            if (!list.Contains(iso)) list.Add(iso);
        }
        return countries;
    }

    private static void AddMeeting(MappingSession s, DocumentMeeting meeting, Dictionary<string, List<string>> officeCountries,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? knownCountries, List<string> withoutCountry)
    {
        var participants = new List<string>();
        foreach (var reference in meeting?.Participants ?? [])
        {
            if (s.References.Resolve(reference, NodeKind.Person) is { } person)
            {
                if (!participants.Contains(person)) participants.Add(person);
            }
            else s.Dropped.Add($"meeting participant '{reference}' names no person of the document: left out");
        }
        if (meeting is null || participants.Count < 2)
        {
            s.Dropped.Add($"meeting of {string.Join(", ", meeting?.Participants ?? [])}: fewer than two known persons, left out");
            return;
        }
        participants.Sort(StringComparer.Ordinal);
        var date = ParseDate(meeting.Date);
        var id = NodeIds.Meeting(participants, date, s.ArticleId);

        var countries = new List<string>();
        foreach (var p in participants)
        {
            IEnumerable<string>? found = officeCountries.TryGetValue(p, out var stated) ? stated : null;
            if (found is null && knownCountries?.TryGetValue(p, out var known) == true && known.Count > 0) found = known;
            if (found is null) withoutCountry.Add(p);
            foreach (var iso in found ?? [])
                if (!countries.Contains(iso.ToUpperInvariant())) countries.Add(iso.ToUpperInvariant());
        }

        s.AddNode(new GraphNode(id, NodeKind.Meeting, Label(s, participants, date), []) { Date = date, Countries = countries });
        foreach (var p in participants) s.AddEdge(RelationshipTypes.ParticipatedIn, p, id, meeting.Evidence);
        if (!string.IsNullOrWhiteSpace(meeting.Place))
        {
            if (s.References.Resolve(meeting.Place, NodeKind.Place) is { } place) s.AddEdge(RelationshipTypes.HeldIn, id, place, meeting.Evidence);
            else s.Dropped.Add($"meeting place '{meeting.Place}' names no place of the document: left out");
        }
        s.AddEdge(RelationshipTypes.ReportedIn, id, s.ArticleId, meeting.Evidence);
    }

    /// <summary>"Xi Jinping – Bakytzhan Sagintayev, 2018-11-22" and its Arabic counterpart (Arabic names where known).</summary>
    private static Names Label(MappingSession s, List<string> participants, DateOnly? date)
    {
        var when = date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string Join(string lang, string dateSeparator) =>
            string.Join(" – ", participants.Select(p => s.Node(p)?.Names.Get(lang) is { Length: > 0 } n ? n : p))
            + (when is null ? string.Empty : dateSeparator + when);
        var hasEn = participants.Any(p => s.Node(p)?.Names.En is not null);
        var hasAr = participants.Any(p => s.Node(p)?.Names.Ar is not null);
        return new Names(hasEn || !hasAr ? Join("en", ", ") : null, hasAr ? Join("ar", "، ") : null);
    }

    private static void AddRelation(MappingSession s, DocumentRelation relation)
    {
        var type = relation?.Type?.Trim().Replace(' ', '_').Replace('-', '_').ToUpperInvariant();
        if (relation is null || !Storage.GraphBatchValidator.IsRelationshipType(type))
        {
            s.Dropped.Add($"relation type '{relation?.Type}' is not a relationship type name: left out");
            return;
        }
        var from = s.References.Resolve(relation.From);
        var to = s.References.Resolve(relation.To);
        if (from is null || to is null)
        {
            s.Dropped.Add($"relation {type} '{relation.From}' -> '{relation.To}': {(from is null ? relation.From : relation.To)} names no entity of the document, left out");
            return;
        }
        var kind = string.IsNullOrWhiteSpace(relation.Kind) ? null : relation.Kind.Trim();
        s.AddEdge(type!, from, to, relation.Evidence, kind, kind is null ? null : new Dictionary<string, string> { ["kind"] = kind });
    }

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string? Clean(string? name) => string.IsNullOrWhiteSpace(name) ? null : name.Trim();
}
