using System.Collections.Frozen;
using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Flows.Pledge.Provinces;

/// <summary>Finds the province a user means, however they type it: a unit by its name, ASCII form or
/// an alias; a former province, with the unit it is now part of; or, for a short form that names several places, the
/// candidates to confirm. Case, diacritics, spacing, punctuation and "TP."/"thành phố"/"tỉnh" make no difference.</summary>
public sealed class ProvinceRecognizer
{
    // Inside a longer message ("mình ở hà nội") only phrases this long count: "hue" or "vinh" are too often something else.
    private const int MinContainedLength = 5;

    private const int NameTier = 0;
    private const int FormerTier = 1;
    private const int AliasTier = 2;

    private readonly FrozenDictionary<string, ProvincePlace> _places;
    private readonly ProvincePlace[] _units;
    private readonly ProvincePhrase[] _phrases;
    private readonly FrozenDictionary<string, ProvincePlace[]> _byKey;

    private ProvinceRecognizer(IEnumerable<Province> units)
    {
        var places = new Dictionary<string, ProvincePlace>(StringComparer.Ordinal);
        var unitPlaces = new List<ProvincePlace>();
        var phrases = new List<ProvincePhrase>();
        foreach (var unit in units)
        {
            var place = Add(places, new ProvincePlace(unit.Id, unit.Name, unit.Id, unit.Region));
            if (!unitPlaces.Contains(place))
            {
                unitPlaces.Add(place);
            }

            phrases.Add(new ProvincePhrase(unit.Name, NameTier, place));
            phrases.AddRange(unit.Aliases.Select(alias => new ProvincePhrase(alias, AliasTier, place)));
            foreach (var former in unit.Former)
            {
                var formerPlace = Add(places, new ProvincePlace(ProvinceKey.Slug(former), former, unit.Id, unit.Region));
                phrases.AddRange(ProvinceKey.Parts(former).Select(part => new ProvincePhrase(part, FormerTier, formerPlace)));
            }
        }

        _places = places.ToFrozenDictionary(StringComparer.Ordinal);
        _units = [.. unitPlaces];

        // Names before former names before aliases: the first tier that knows a phrase decides what it means.
        _phrases = [.. phrases.OrderBy(phrase => phrase.Tier)];
        _byKey = _phrases.Where(phrase => phrase.Key.Length > 0).GroupBy(phrase => phrase.Key, StringComparer.Ordinal).ToFrozenDictionary(
            group => group.Key,
            group => group.Where(phrase => phrase.Tier == group.First().Tier).Select(phrase => phrase.Place).Distinct().ToArray(),
            StringComparer.Ordinal);
    }

    /// <summary>A recognizer naming places in <paramref name="language"/> and understanding both languages' phrases.</summary>
    public static ProvinceRecognizer For(ContentCatalog content, Language language)
    {
        ArgumentNullException.ThrowIfNull(content);
        var other = language == Language.Vietnamese ? Language.English : Language.Vietnamese;
        return new ProvinceRecognizer(content.Provinces(language).Concat(content.Provinces(other)));
    }

    /// <summary>A unit or former province by its id.</summary>
    public ProvincePlace? Place(string id) => _places.GetValueOrDefault(id);

    /// <summary>The units of a region, in content order.</summary>
    public IReadOnlyList<ProvincePlace> InRegion(string region) =>
        [.. _units.Where(unit => string.Equals(unit.Region, region, StringComparison.Ordinal))];

    public ProvinceMatch Recognize(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var key = ProvinceKey.Compact(input);
        if (key.Length == 0)
        {
            return ProvinceMatch.None;
        }

        if (ProvinceShortForms.Candidates(key) is { } ids)
        {
            return ProvinceMatch.OneOf([.. ids.Select(Place).OfType<ProvincePlace>()]);
        }

        return _byKey.TryGetValue(key, out var places) ? ProvinceMatch.Of(places) : Contained(input);
    }

    // "em ở vũng tàu" names one unit; "hà nội hay sài gòn" names two, so the user is asked. Per unit the first place
    // found wins, and former names come before aliases, so "vũng tàu" still tells the user it is now TP. Hồ Chí Minh.
    private ProvinceMatch Contained(string input)
    {
        var words = $" {TextFolding.Fold(input)} ";
        return ProvinceMatch.Of([.. _phrases
            .Where(phrase => phrase.Words.Length >= MinContainedLength && words.Contains($" {phrase.Words} ", StringComparison.Ordinal))
            .Select(phrase => phrase.Place)
            .DistinctBy(place => place.Province)]);
    }

    // The first language's entry names the place; the other language's phrases then point at the same place.
    private static ProvincePlace Add(Dictionary<string, ProvincePlace> places, ProvincePlace place) =>
        places.TryAdd(place.Id, place) ? place : places[place.Id];
}
