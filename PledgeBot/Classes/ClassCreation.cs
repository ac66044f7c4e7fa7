using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Referrals;

namespace PledgeBot.Classes;

/// <summary>Checks a new session's settings (each refusal names its field and why), draws its questions from the quiz
/// bank of its language, and stores it under a fresh code.</summary>
public sealed class ClassCreation(
    ClassStore store, RedisReferralCatalog referrals, IContentSource content, ClassLinks links, TeacherTokens tokens,
    IOptions<ClassesOptions> options, TimeProvider time)
{
    private const int MaxName = 120;
    private const int CodeAttempts = 8;

    /// <summary>The new session, or the field and reason of the first refusal.</summary>
    public async Task<(ClassCreated? Created, string? Field, string? Reason)> CreateAsync(ClassRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxName || name.Any(char.IsControl))
        {
            return Refuse("name", $"A name is required: 1–{MaxName} characters, no control characters.");
        }

        Language language;
        switch (request.Language?.Trim().ToLowerInvariant())
        {
            case null or "" or "vi":
                language = Language.Vietnamese;
                break;
            case "en":
                language = Language.English;
                break;
            default:
                return Refuse("language", "The language is \"vi\" or \"en\".");
        }

        var catalog = content.Current;
        var bank = catalog.Quiz(language);
        var count = request.Questions ?? 8;
        if (count is < 1 or > 20 || count > bank.Count)
        {
            return Refuse("questions", $"Questions are a number from 1 to {Math.Min(20, bank.Count)}.");
        }

        var prePost = request.PrePost ?? false;
        if (prePost && count < 3)
        {
            return Refuse("questions", "With prePost, at least 3 questions: the first three are asked again at the end.");
        }

        var seconds = request.SecondsPerQuestion ?? 30;
        if (seconds is < 10 or > 120)
        {
            return Refuse("secondsPerQuestion", "Seconds per question are a number from 10 to 120.");
        }

        string? province = null;
        if (!string.IsNullOrWhiteSpace(request.Province) && (province = ProvinceId(catalog, request.Province)) is null)
        {
            return Refuse("province", "The province is one of the 34 units by name (\"TP. Hà Nội\") or id.");
        }

        string? school = null;
        if (!string.IsNullOrWhiteSpace(request.SchoolCode))
        {
            if (!ReferralCodeFormat.TryNormalize(request.SchoolCode, out school)
                || await referrals.GetAsync(school, cancellationToken) is not { Active: true, Kind: ReferralKinds.School })
            {
                return Refuse("schoolCode", "The school code must be an existing, active referral code of kind school.");
            }
        }

        var drawn = bank.Select(q => q.Id).OrderBy(_ => RandomNumberGenerator.GetInt32(int.MaxValue)).Take(count).ToArray();
        var now = time.GetUtcNow();
        var session = new ClassSession
        {
            Code = string.Empty,
            Name = name,
            SchoolCode = school,
            Province = province,
            Language = language,
            Questions = prePost ? [.. drawn, .. drawn[..3]] : drawn,
            SecondsPerQuestion = seconds,
            PrePost = prePost,
            ShowRanking = request.ShowRanking ?? false,
            CreatedAt = now,
            ExpiresAt = now + options.Value.SessionLifetime,
        };
        for (var attempt = 0; attempt < CodeAttempts; attempt++)
        {
            var code = RandomNumberGenerator.GetString(ClassCodeFormat.Alphabet, ClassCodeFormat.Length);
            if (await store.CreateAsync(session with { Code = code }, session.ExpiresAt + options.Value.ResultsKept, cancellationToken))
            {
                var token = tokens.Sign(code, session.ExpiresAt);
                return (new ClassCreated(
                    code, ClassLinks.JoinText(code, language), links.JoinUrl(code), links.ScreenUrl(code, session.ExpiresAt), token, session.ExpiresAt), null, null);
            }
        }

        throw new InvalidOperationException("No free class code after several draws.");
    }

    private static (ClassCreated?, string?, string?) Refuse(string field, string reason) => (null, field, reason);

    private static string? ProvinceId(ContentCatalog catalog, string given)
    {
        var folded = TextFolding.Fold(given);
        return catalog.Provinces(Language.Vietnamese).Concat(catalog.Provinces(Language.English))
            .FirstOrDefault(p => TextFolding.Fold(p.Id) == folded || TextFolding.Fold(p.Name) == folded)?.Id;
    }
}
