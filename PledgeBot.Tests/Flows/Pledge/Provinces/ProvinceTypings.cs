using System.Globalization;
using System.Text;
using PledgeBot.Dialogs.Content;

namespace PledgeBot.Tests.Flows.Pledge.Provinces;

/// <summary>What people type for each unit and former province, generated from ProvinceTable and the shipped
/// content.</summary>
public static class ProvinceTypings
{
    public static TheoryData<string, string> EveryUnitAsTyped()
    {
        var data = new List<(string, string)>();
        foreach (var unit in ProvinceTable.Units)
        {
            var bare = unit.Name.Replace("TP. ", string.Empty, StringComparison.Ordinal);
            foreach (var typed in new[]
            {
                unit.Name, WithoutDiacritics(unit.Name), unit.Ascii, unit.Name.ToUpperInvariant(), $"  {bare.ToLowerInvariant()}!! ",
                bare, WithoutDiacritics(bare), unit.Ascii.Replace(" ", string.Empty, StringComparison.Ordinal),
                $"tỉnh {bare}", $"thanh pho {WithoutDiacritics(bare)}", $"TP.{bare}",
            })
            {
                data.Add((typed, unit.Id));
            }
        }

        return Data(data);
    }

    public static TheoryData<string, string> EveryAliasInCONTENTmd() =>
        Data(ProvinceTable.Units.SelectMany(unit => unit.Aliases.Select(alias => (alias, unit.Id))));

    public static TheoryData<string, string> EveryAliasInTheContent() =>
        Data(new[] { Language.Vietnamese, Language.English }
            .SelectMany(EmbeddedContent.Load().Provinces)
            .SelectMany(unit => unit.Aliases.Select(alias => (alias, unit.Id))));

    public static TheoryData<string, string> EveryFormerProvince() =>
        Data(ProvinceTable.Units.SelectMany(unit => unit.Former.SelectMany(former => new[] { (former, unit.Id), (WithoutDiacritics(former).ToLowerInvariant(), unit.Id) })));

    private static TheoryData<string, string> Data(IEnumerable<(string Typed, string Id)> rows)
    {
        var data = new TheoryData<string, string>();
        foreach (var (typed, id) in rows.Distinct())
        {
            data.Add(typed, id);
        }

        return data;
    }

    public static string WithoutDiacritics(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
