using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using PledgeBot.Dialogs.Content;

namespace PledgeBot.Content;

/// <summary>The shipped content with staff overrides from <c>Content:Directory</c>, reloaded when a file there changes.
/// A change that fails validation is logged with its problems and the last good content stays in use.</summary>
public sealed class ReloadingContentSource : IContentSource, IDisposable
{
    private readonly string? _directory;
    private readonly PhysicalFileProvider? _files;
    private readonly IDisposable? _watch;
    private readonly ILogger<ReloadingContentSource> _logger;
    private readonly Lock _gate = new();
    private ContentCatalog _current;

    public ReloadingContentSource(IOptions<ContentOptions> options, ILogger<ReloadingContentSource> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger;
        _current = EmbeddedContent.Load();
        if (string.IsNullOrWhiteSpace(options.Value.Directory))
        {
            return;
        }

        _directory = Path.GetFullPath(options.Value.Directory);
        System.IO.Directory.CreateDirectory(_directory);
        _files = new PhysicalFileProvider(_directory) { UsePollingFileWatcher = true, UseActivePolling = true };
        Reload();
        // Polling (every few seconds) also sees changes on mounted volumes, where file events often never arrive.
        _watch = ChangeToken.OnChange(() => _files.Watch("**/*.json"), () => Reload());
    }

    public ContentCatalog Current => Volatile.Read(ref _current);

    /// <summary>Reads the directory again; returns the problems found, empty when the new content is in use.</summary>
    public IReadOnlyList<string> Reload()
    {
        if (_directory is null)
        {
            return [];
        }

        lock (_gate)
        {
            try
            {
                var overrides = ReadOverrides(_directory);
                var shipped = EmbeddedContent.Files().Where(file => !overrides.ContainsKey(Normalize(file.Path)));
                var catalog = ContentLoader.Load(shipped.Concat(overrides.Values).ToArray());
                Volatile.Write(ref _current, catalog);
                _logger.ContentLoaded(EmbeddedContent.Files().Count, overrides.Count, _directory);
                return [];
            }
            catch (ContentException exception)
            {
                _logger.ContentRejected(_directory, string.Join("; ", exception.Problems));
                return exception.Problems;
            }
            catch (IOException exception)
            {
                _logger.ContentUnreadable(_directory, exception.Message);
                return [exception.Message];
            }
        }
    }

    public void Dispose()
    {
        _watch?.Dispose();
        _files?.Dispose();
    }

    private static Dictionary<string, ContentFile> ReadOverrides(string directory) =>
        ContentLoader.LanguageFolders
            .Select(language => Path.Combine(directory, language))
            .Where(System.IO.Directory.Exists)
            .SelectMany(folder => System.IO.Directory.EnumerateFiles(folder, "*.json"))
            .Select(path => new ContentFile(Normalize(Path.GetRelativePath(directory, path)), File.ReadAllText(path)))
            .ToDictionary(file => file.Path, StringComparer.Ordinal);

    private static string Normalize(string path) => path.Replace('\\', '/');
}
