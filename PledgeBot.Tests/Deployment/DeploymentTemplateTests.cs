using PledgeBot.Secrets;

namespace PledgeBot.Tests.Deployment;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class DeploymentTemplateTests
{
    /// <summary>Keys the app reads that a production deployment leaves unset, each with the reason. A key the app starts
    /// reading must land either in the templates or here, so nobody forgets to decide.</summary>
    private static readonly Dictionary<string, string> s_notSetInProduction = new(StringComparer.OrdinalIgnoreCase)
    {
        // Defaults that are the production values.
        ["Store:KeyPrefix"] = "the default prefix; one bot per cache",
        ["Store:ConversationTtl"] = "default retention (privacy: Decree 13 data minimisation)",
        ["Store:DeduplicationWindow"] = "default covers the channels' redelivery window",
        ["Store:StateCacheEntries"] = "default bounds each instance's state cache at some tens of MB",
        ["Store:PledgerBucketBits"] = "default is sized for the campaign's 12 million; fixed for the life of the data",
        ["Cards:CacheSizeBytes"] = "default fits the B1 plan's memory",
        ["Connector:MaxAttempts"] = "Bot Connector retry policy; default",
        ["Connector:RetryBaseDelay"] = "retry policy; default",
        ["Connector:AttemptTimeout"] = "retry policy; default",
        ["Connector:TotalTimeout"] = "keeps the channels' ~15 s in mind; default",
        ["Connector:MaxRetryAfter"] = "retry policy; default",
        ["FloodControl:MessagesPerWindow"] = "default flood limit",
        ["FloodControl:Window"] = "default flood window",
        ["Staff:FailedAttemptsPerWindow"] = "default lockout",
        ["Staff:FailedAttemptsWindow"] = "default lockout",
        ["DirectLine:TokenLifetime"] = "Web Chat assumes 30 minutes (DirectLineJS)",
        ["DirectLine:TokensPerMinute"] = "default rate limit",
        ["DirectLine:ActivityLogLength"] = "default",
        ["DirectLine:UserTokenLifetime"] = "default: a browser stays the same user for half a year after its last visit",
        ["WebChat:ScriptUrl"] = "the default Web Chat bundle",
        ["Referrals:MaxImportRows"] = "default",
        ["Referrals:PageSize"] = "default",
        ["Live:MaxSubscribers"] = "default; a festival runs a few big screens per instance",
        ["Live:PollInterval"] = "default; the screen grows within 2 s of a pledge",
        ["Live:Heartbeat"] = "default; well under proxies' idle timeouts",
        ["Classes:MaxStudents"] = "default; the issue's 200 students per class",
        ["Classes:SessionLifetime"] = "default; a school day",
        ["Classes:ResultsKept"] = "default retention of a class's counts (no references, no names)",
        ["Classes:TokenKey"] = "generated once in the store and shared by every instance; losing it only closes the teacher screens open that day (a session lives 12 h)",
        ["Classes:SendConcurrency"] = "default",
        ["Classes:ListLimit"] = "default",
        ["Classes:Heartbeat"] = "default; well under proxies' idle timeouts",
        ["Safety:Azure:ApiVersion"] = "the api-version the client was written against",
        ["Safety:Azure:Budget"] = "default; the local analyzer answers when Azure is slow",
        ["Safety:Azure:BreakAfterFailures"] = "default circuit breaker",
        ["Safety:Azure:BreakDuration"] = "default circuit breaker",
        ["Safety:Azure:SentimentConcernScore"] = "default threshold",
        ["Safety:ContentSafety:ApiVersion"] = "the api-version the client was written against",
        ["BotFramework:KeyRefreshInterval"] = "12 h, as the .NET Bot Framework SDK",
        ["BotFramework:UnknownKeyRefetchInterval"] = "hourly at most, as botbuilder-js",
        ["BotFramework:TrustedServiceUrlLifetime"] = "one day, as the older SDKs",

        // Overrides for tests, local work or other clouds; Azure's public cloud needs none of them.
        ["BotFramework:OpenIdMetadataUrl"] = "test issuers and sovereign clouds only",
        ["BotFramework:EmulatorOpenIdMetadataUrl"] = "test issuers and sovereign clouds only",
        ["BotFramework:OAuthAuthority"] = "test token endpoints and sovereign clouds only",
        ["Content:Directory"] = "editable content for local authoring; production serves the embedded, reviewed content",
        ["DirectLine:Secret"] = "server-to-server Direct Line clients only; the Web Chat page uses tokens",
        ["Handoff:Enabled"] = "off until a human agent hub is connected",
        ["Handoff:Skill"] = "only read when handoff is on",
        ["Handoff:Mode"] = "none until partners staff the counsellor console (docs/counsel.md); Handoff:Enabled keeps the event mode",
        ["Counsel:Hours"] = "only read in console mode; set with the partners' rota",
        ["Counsel:Days"] = "only read in console mode; set with the partners' rota",
        ["Counsel:MaxWait"] = "only read in console mode; default five minutes",
        ["Counsel:TranscriptLifetime"] = "only read in console mode; default 24 h (data minimisation)",
        ["Counsel:ApiKeys"] = "only read in console mode; hashes of the partners' counsellor keys, set by hand",
        ["Counsel:TranscriptKey"] = "only read in console mode; set from Key Vault when the console is turned on, else generated in the store",
        ["Counsel:SweepInterval"] = "default",
        ["Safety:ContentSafety:Endpoint"] = "optional second opinion, off until a Content Safety resource is chosen (docs/safety-content-safety.md)",
        ["Safety:ContentSafety:Key"] = "only with an endpoint; without it the managed identity signs the calls",

        // Native channels (issue 11): the core's queue runs on its defaults, and each platform is off until it is
        // connected by hand (docs/channels/); its secrets then go into the App Service settings.
        ["Channels:Queue:Capacity"] = "default",
        ["Channels:Queue:Concurrency"] = "default",
        ["Channels:Queue:DrainTimeout"] = "default",
        ["Channels:Queue:RecentDeliveries"] = "default",
        ["Channels:Queue:OverflowLifetime"] = "default",
        ["Channels:Zalo:OaId"] = "Zalo is off until an Official Account is connected",
        ["Channels:Messenger:PageAccessToken"] = "Messenger is off until a Page is connected (docs/channels/messenger.md)",
        ["Channels:Messenger:AppSecret"] = "Messenger is off until a Page is connected",
        ["Channels:Messenger:VerifyToken"] = "Messenger is off until a Page is connected",
        ["Channels:Messenger:GraphVersion"] = "default v25.0",
        ["Channels:Messenger:ApiBaseUrl"] = "default, the real Graph API",
        ["Channels:Messenger:MessagesPerSecond"] = "default, below Meta's per-Page limit",
        ["Channels:Messenger:MaxAttempts"] = "retry policy; default",
        ["Channels:Messenger:RetryBaseDelay"] = "retry policy; default",
        ["Channels:Messenger:AttemptTimeout"] = "retry policy; default",
        ["Channels:Messenger:TotalTimeout"] = "retry policy; default",
        ["Channels:Telegram:BotToken"] = "Telegram channel off until the bot exists (docs/channels/telegram.md)",
        ["Channels:Telegram:WebhookSecret"] = "only with a bot token",
        ["Channels:Telegram:PublicUrl"] = "only with a bot token; without it setWebhook is run by hand",
        ["Channels:Telegram:ApiBaseUrl"] = "the real Bot API by default; tests and local Bot API servers only",
        ["Channels:Telegram:PerChatPerSecond"] = "Telegram's FAQ figure; default",
        ["Channels:Telegram:OverallPerSecond"] = "Telegram's FAQ figure; default",
        ["Channels:Telegram:MaxAttempts"] = "retry policy; default",
        ["Channels:Telegram:RetryBaseDelay"] = "retry policy; default",
        ["Channels:Telegram:MaxRetryAfter"] = "retry policy; default",
        ["Channels:Telegram:AttemptTimeout"] = "retry policy; default",
        ["Channels:Telegram:WebhookRetryDelay"] = "setWebhook retry at start; default",
        ["Channels:Telegram:WebhookRetryMaxDelay"] = "setWebhook retry at start; default",
        ["Channels:Zalo:AppId"] = "set with the OA, by hand",
        ["Channels:Zalo:SecretKey"] = "set with the OA, by hand (secret)",
        ["Channels:Zalo:AppSecretKey"] = "set with the OA, by hand (secret)",
        ["Channels:Zalo:RefreshToken"] = "set after authorising the OA, by hand (secret, single-use)",
        ["Channels:Zalo:ApiBaseUrl"] = "the real Zalo API; tests only",
        ["Channels:Zalo:OAuthBaseUrl"] = "the real Zalo OAuth; tests only",
        ["Channels:Zalo:MessagesPerSecond"] = "default",
        ["Channels:Zalo:ReplayWindow"] = "default",
        ["Channels:Zalo:SuggestedActionLimit"] = "default [unverified: 5]",
        ["Channels:Zalo:TextLimit"] = "default [unverified: 2000]",
        ["Channels:Zalo:MaxAttempts"] = "default",
        ["Channels:Zalo:RetryBaseDelay"] = "default",
        ["Channels:Zalo:AttemptTimeout"] = "default",
        ["Channels:Zalo:TotalTimeout"] = "default",
        ["Channels:Zalo:RefreshAhead"] = "default",
        ["Channels:Zalo:RefreshCheckInterval"] = "default",
        ["Channels:TelegramBotName"] = "old key, still read with a warning; the templates set Channels:Telegram:BotName",
        ["Channels:MessengerPageName"] = "old key, still read with a warning; the templates set Channels:Messenger:PageName",

        // Observability (issue 21): Azure exports to the template's Application Insights; these are for other hosts.
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "for an OpenTelemetry collector outside Azure; App Service uses Application Insights",
        ["Observability:Prometheus"] = "off: Application Insights has the metrics; for operators without a collector",
        ["Observability:PrometheusPort"] = "only with Prometheus on",
        ["Observability:ServiceName"] = "default pledgebot",
    };

    /// <summary>Keys the templates may set ahead of the code that reads them, each with the work that will read them.</summary>
    private static readonly Dictionary<string, string> s_setAheadOfReader = new(StringComparer.OrdinalIgnoreCase);

    public static TheoryData<string> Templates => [.. TemplateAppSettings.ArmTemplates, "bicep"];

    [Theory]
    [MemberData(nameof(Templates))]
    public void Sets_every_configuration_key_the_app_reads_in_production(string template)
    {
        var set = Settings(template);

        var missing = AppConfigurationKeys.Discover().Where(key => !set.Contains(key) && !s_notSetInProduction.ContainsKey(key)).ToList();

        Assert.True(missing.Count == 0, $"{template} does not set: {string.Join(", ", missing)} (set it, or say in this test why production leaves it unset)");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Sets_nothing_the_app_does_not_read(string template)
    {
        var read = AppConfigurationKeys.Discover();

        var unread = Settings(template).Where(key => !read.Contains(key) && !s_setAheadOfReader.ContainsKey(key)).ToList();

        Assert.True(unread.Count == 0, $"{template} sets keys the app never reads: {string.Join(", ", unread)}");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Leaves_unset_only_what_this_test_says_production_does_not_need(string template)
    {
        var set = Settings(template);

        var contradictions = s_notSetInProduction.Keys.Where(set.Contains).ToList();

        Assert.Empty(contradictions);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Sets_every_key_the_app_would_otherwise_generate_from_a_secure_parameter(string template)
    {
        var secure = template == "bicep" ? TemplateSecureSettings.FromBicep() : TemplateSecureSettings.FromArm(template);

        var generatedInProduction = GeneratedKey.All.Select(key => key.Setting).Where(setting => !secure.Contains(setting)).ToList();

        Assert.True(generatedInProduction.Count == 0, $"{template} leaves these keys to be generated, or sets them from a plain parameter: {string.Join(", ", generatedInProduction)}");
        Assert.Equal(5, GeneratedKey.All.Count);
    }

    [Fact]
    public void Gives_the_new_and_existing_resource_group_templates_and_the_bicep_the_same_settings()
    {
        var bicep = TemplateAppSettings.FromBicep();

        Assert.All(TemplateAppSettings.ArmTemplates, arm => Assert.Equal(bicep, TemplateAppSettings.FromArm(arm)));
    }

    [Fact]
    public void Discovers_the_keys_the_app_binds_from_options_sections_and_the_root()
    {
        var keys = AppConfigurationKeys.Discover();

        Assert.Contains("MicrosoftAppId", keys);
        Assert.Contains("ConnectionStrings:Redis", keys);
        Assert.Contains("BotFramework:OpenIdMetadataUrl", keys);
        Assert.Contains("Privacy:UserIdKey", keys);
        Assert.Contains("APPLICATIONINSIGHTS_CONNECTION_STRING", keys);
        Assert.DoesNotContain("IsAnonymous", keys);
    }

    [Theory]
    [InlineData("Staff__ApiKeys__0", "Staff:ApiKeys")]
    [InlineData("ConnectionStrings__Redis", "ConnectionStrings:Redis")]
    [InlineData("MicrosoftAppId", "MicrosoftAppId")]
    public void Reads_an_app_setting_name_as_the_configuration_key_it_sets(string appSetting, string key)
    {
        Assert.Equal(key, TemplateAppSettings.ToKey(appSetting));
    }

    private static IReadOnlySet<string> Settings(string template) =>
        template == "bicep" ? TemplateAppSettings.FromBicep() : TemplateAppSettings.FromArm(template);
}
