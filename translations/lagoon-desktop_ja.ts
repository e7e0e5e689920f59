<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Lagoon::Cli::CliApplication</name>
    <message>
        <source>Usage: lagoon-desktop-cli [--help] [--version] COMMAND [ARGS...]

Lagoon Desktop&apos;s engine for scripts and CI: it checks, plans, runs and deploys Lagoon projects.

Commands:
</source>
        <translation>使い方: lagoon-desktop-cli [--help] [--version] コマンド [引数...]

スクリプトと CI のための Lagoon Desktop エンジンです。Lagoon プロジェクトの検査、計画、実行、デプロイを行います。

コマンド:
</translation>
    </message>
    <message>
        <source>
Run &apos;lagoon-desktop-cli COMMAND --help&apos; for the options of a command.
Exit codes: 0 no problems, 1 problems found, 2 wrong usage or unreadable input.
</source>
        <translation>
各コマンドのオプションは &apos;lagoon-desktop-cli コマンド --help&apos; で表示されます。
終了コード: 0 問題なし、1 問題あり、2 使い方の誤りまたは入力を読めない。
</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>不明なコマンド &apos;%1&apos; です。</translation>
    </message>
</context>
<context>
    <name>Lagoon::Cli::InfoCommand</name>
    <message>
        <source>Show the project in a folder: its Lagoon files and git state</source>
        <translation>フォルダー内のプロジェクト（Lagoon のファイルと git の状態）を表示します</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>テキストの代わりに JSON を出力します。</translation>
    </message>
    <message>
        <source>Project folder (default: the current folder).</source>
        <translation>プロジェクトのフォルダー（既定: 現在のフォルダー）。</translation>
    </message>
    <message>
        <source>info takes one folder, got %1</source>
        <translation>info に指定できるフォルダーは 1 つですが、%1 個指定されました</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>欠落</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>なし</translation>
    </message>
    <message>
        <source> (default name)</source>
        <translation>（既定の名前）</translation>
    </message>
    <message>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>リポジトリ</translation>
    </message>
    <message>
        <source>none: this folder is not in a git repository</source>
        <translation>なし: このフォルダーは git リポジトリの中にありません</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>ブランチ</translation>
    </message>
    <message>
        <source>detached HEAD</source>
        <translation>detached HEAD（ブランチ外）</translation>
    </message>
    <message numerus="yes">
        <source>%1, tracking %2: %n ahead</source>
        <translation>
            <numerusform>%1（追跡先 %2）: %n 件先行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n behind</source>
        <translation>
            <numerusform>、%n 件遅れ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no upstream)</source>
        <translation>%1（上流ブランチなし）</translation>
    </message>
    <message>
        <source>HEAD</source>
        <translation>HEAD</translation>
    </message>
    <message>
        <source>no commits yet</source>
        <translation>まだコミットがありません</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message numerus="yes">
        <source>%n changed file(s)</source>
        <translation>
            <numerusform>変更されたファイル %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n untracked</source>
        <translation>
            <numerusform>、未追跡 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>none, the working tree is clean</source>
        <translation>なし（作業ツリーはクリーンです）</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>リモート</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>Lagoon::Diagnostic</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
</context>
<context>
    <name>Lagoon::GitRepository</name>
    <message>
        <source>Git: %1</source>
        <translation>Git: %1</translation>
    </message>
    <message>
        <source>cannot read the HEAD commit</source>
        <translation>HEAD のコミットを読み取れません</translation>
    </message>
    <message>
        <source>cannot resolve HEAD</source>
        <translation>HEAD を解決できません</translation>
    </message>
    <message>
        <source>HEAD points nowhere</source>
        <translation>HEAD がどこも指していません</translation>
    </message>
    <message>
        <source>cannot read the upstream of %1</source>
        <translation>%1 の上流ブランチを読み取れません</translation>
    </message>
    <message>
        <source>cannot compare %1 with %2</source>
        <translation>%1 と %2 を比較できません</translation>
    </message>
    <message>
        <source>cannot read the working tree status</source>
        <translation>作業ツリーの状態を読み取れません</translation>
    </message>
    <message>
        <source>cannot list remotes</source>
        <translation>リモートの一覧を取得できません</translation>
    </message>
    <message>
        <source>cannot open the repository at %1</source>
        <translation>%1 のリポジトリを開けません</translation>
    </message>
</context>
<context>
    <name>Lagoon::GitStatusWidget</name>
    <message>
        <source>Git status</source>
        <translation>Git の状態</translation>
    </message>
    <message>
        <source>Git unavailable</source>
        <translation>Git を利用できません</translation>
    </message>
    <message>
        <source>Not a git repository</source>
        <translation>git リポジトリではありません</translation>
    </message>
    <message>
        <source>This folder is not inside a git repository. Lagoon deploys from git, so commit the project to a repository to deploy it.</source>
        <translation>このフォルダーは git リポジトリの中にありません。Lagoon は git からデプロイするため、デプロイするにはプロジェクトをリポジトリにコミットしてください。</translation>
    </message>
    <message>
        <source>HEAD detached at %1</source>
        <translation>HEAD は %1 で切り離されています</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n 件変更</numerusform>
        </translation>
    </message>
    <message>
        <source>clean</source>
        <translation>クリーン</translation>
    </message>
    <message>
        <source>Repository: %1</source>
        <translation>リポジトリ: %1</translation>
    </message>
    <message>
        <source>No commits yet</source>
        <translation>まだコミットがありません</translation>
    </message>
    <message>
        <source>HEAD: %1 %2</source>
        <translation>HEAD: %1 %2</translation>
    </message>
    <message>
        <source>Author: %1, %2</source>
        <translation>作成者: %1、%2</translation>
    </message>
    <message numerus="yes">
        <source>Upstream %1: %n commit(s) to push</source>
        <translation>
            <numerusform>上流 %1: プッシュするコミット %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) to pull</source>
        <translation>
            <numerusform>プルするコミット %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No upstream branch</source>
        <translation>上流ブランチがありません</translation>
    </message>
    <message numerus="yes">
        <source>%n uncommitted change(s), %1 untracked</source>
        <translation>
            <numerusform>未コミットの変更 %n 件（未追跡 %1 件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::GuiApplication</name>
    <message>
        <source>Edit, validate, run and deploy Lagoon projects.</source>
        <translation>Lagoon プロジェクトを編集、検証、実行、デプロイします。</translation>
    </message>
    <message>
        <source>Project folder (or its .lagoon.yml) to open.</source>
        <translation>開くプロジェクトのフォルダー（またはその .lagoon.yml）。</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonCron</name>
    <message>
        <source>cron definition &apos;%1&apos; is invalid, %2 fields provided, required 5</source>
        <translation>cron 定義 &apos;%1&apos; は不正です。%2 個のフィールドがありますが、5 個必要です</translation>
    </message>
    <message>
        <source>cron definition &apos;%1&apos; is invalid, unable to determine minutes value</source>
        <translation>cron 定義 &apos;%1&apos; は不正です。分の値を決定できません</translation>
    </message>
    <message>
        <source>cron definition &apos;%1&apos; is invalid, unable to determine hours value</source>
        <translation>cron 定義 &apos;%1&apos; は不正です。時の値を決定できません</translation>
    </message>
    <message>
        <source>cron definition &apos;%1&apos; is invalid</source>
        <translation>cron 定義 &apos;%1&apos; は不正です</translation>
    </message>
    <message>
        <source>unable to convert timeout for cronjob %1: %2</source>
        <translation>cronjob %1 のタイムアウトを変換できません: %2</translation>
    </message>
    <message>
        <source>timeout for cronjob %1 cannot be longer than 24 hours</source>
        <translation>cronjob %1 のタイムアウトは 24 時間を超えられません</translation>
    </message>
</context>
<context>
    <name>Lagoon::MainWindow</name>
    <message>
        <source>Local stack</source>
        <translation>ローカルスタック</translation>
    </message>
    <message>
        <source>Starting, stopping and following the project&apos;s Docker services is not part of this version yet.</source>
        <translation>プロジェクトの Docker サービスの起動、停止、監視は、このバージョンにはまだ含まれていません。</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <source>Connecting to a Lagoon and following its deployments is not part of this version yet.</source>
        <translation>Lagoon への接続とデプロイの追跡は、このバージョンにはまだ含まれていません。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったプロジェクト(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>プロジェクトを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a folder that holds .lagoon.yml</source>
        <translation>.lagoon.yml があるフォルダーを開きます</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>プロジェクトを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>再読み込み(&amp;F)</translation>
    </message>
    <message>
        <source>Read the project&apos;s files and git state again</source>
        <translation>プロジェクトのファイルと git の状態を読み直します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About Lagoon Desktop</source>
        <translation>Lagoon Desktop について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>一覧を消去(&amp;C)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Local Stack</source>
        <translation>ローカルスタック</translation>
    </message>
    <message>
        <source>Git status</source>
        <translation>Git の状態</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>プロジェクトが開かれていません</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <source>Open Lagoon Project</source>
        <translation>Lagoon プロジェクトを開く</translation>
    </message>
    <message>
        <source>About Lagoon Desktop</source>
        <translation>Lagoon Desktop について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lagoon Desktop %1&lt;/h3&gt;&lt;p&gt;Edit, validate, run and deploy projects hosted on Lagoon, the open-source application delivery platform for Kubernetes.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lagoon Desktop %1&lt;/h3&gt;&lt;p&gt;Kubernetes 向けのオープンソースのアプリケーション配信プラットフォーム Lagoon でホストするプロジェクトを、編集、検証、実行、デプロイします。&lt;/p&gt;&lt;p&gt;Qt %2 でビルドされています。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Lagoon::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Colour scheme:</source>
        <translation>配色(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Reopen the last project at start-up</source>
        <translation>起動時に最後のプロジェクトを開き直す(&amp;R)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
</context>
<context>
    <name>Lagoon::ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>Lagoon::ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>No problems found in the project&apos;s files.</source>
        <translation>プロジェクトのファイルに問題は見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>Lagoon::ProjectFile</name>
    <message>
        <source>Lagoon configuration</source>
        <translation>Lagoon の設定</translation>
    </message>
    <message>
        <source>Docker Compose services</source>
        <translation>Docker Compose のサービス</translation>
    </message>
    <message>
        <source>Lagoon configuration override</source>
        <translation>Lagoon の設定の上書き</translation>
    </message>
    <message>
        <source>Environment variables for a branch</source>
        <translation>ブランチ用の環境変数</translation>
    </message>
</context>
<context>
    <name>Lagoon::ProjectFilesModel</name>
    <message>
        <source>%1, named by docker-compose-yaml</source>
        <translation>%1（docker-compose-yaml で指定）</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>欠落</translation>
    </message>
    <message>
        <source>Not present</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
</context>
<context>
    <name>Lagoon::ProjectOverviewPanel</name>
    <message>
        <source>Lagoon files</source>
        <translation>Lagoon のファイル</translation>
    </message>
    <message>
        <source>Lagoon files of the project</source>
        <translation>プロジェクトの Lagoon ファイル</translation>
    </message>
    <message>
        <source>Git repository</source>
        <translation>Git リポジトリ</translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation>リポジトリ:</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>ブランチ:</translation>
    </message>
    <message>
        <source>Upstream:</source>
        <translation>上流:</translation>
    </message>
    <message>
        <source>HEAD:</source>
        <translation>HEAD:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>作成者:</translation>
    </message>
    <message>
        <source>Remotes:</source>
        <translation>リモート:</translation>
    </message>
    <message>
        <source>Uncommitted changes</source>
        <translation>未コミットの変更</translation>
    </message>
    <message>
        <source>Could not read the repository: %1</source>
        <translation>リポジトリを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>This folder is not in a git repository. Lagoon deploys from git.</source>
        <translation>このフォルダーは git リポジトリの中にありません。Lagoon は git からデプロイします。</translation>
    </message>
    <message>
        <source>detached HEAD</source>
        <translation>detached HEAD（ブランチ外）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n to push</source>
        <translation>
            <numerusform>%1: プッシュ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n to pull</source>
        <translation>
            <numerusform>、プル %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>none (detached HEAD)</source>
        <translation>なし（detached HEAD）</translation>
    </message>
    <message>
        <source>none: this branch tracks no remote branch</source>
        <translation>なし: このブランチはリモートブランチを追跡していません</translation>
    </message>
    <message>
        <source>no commits yet</source>
        <translation>まだコミットがありません</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;, %3</source>
        <translation>%1 &lt;%2&gt;、%3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>Uncommitted changes (%n):</source>
        <translation>
            <numerusform>未コミットの変更（%n 件）:</numerusform>
        </translation>
    </message>
    <message>
        <source>No uncommitted changes: the working tree is clean.</source>
        <translation>未コミットの変更はありません。作業ツリーはクリーンです。</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>untracked</source>
        <translation>未追跡</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>staged</source>
        <translation>ステージ済み</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>変更</translation>
    </message>
</context>
<context>
    <name>Lagoon::ProjectRefreshJob</name>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
</context>
<context>
    <name>Lagoon::ProjectScanner</name>
    <message>
        <source>Fix the file; the compose file is assumed to be docker-compose.yml until then.</source>
        <translation>ファイルを修正してください。それまでは compose ファイルを docker-compose.yml とみなします。</translation>
    </message>
    <message>
        <source>docker-compose-yaml in .lagoon.yml must be a file name</source>
        <translation>.lagoon.yml の docker-compose-yaml はファイル名でなければなりません</translation>
    </message>
    <message>
        <source>Write for example: docker-compose-yaml: docker-compose.yml</source>
        <translation>例: docker-compose-yaml: docker-compose.yml</translation>
    </message>
    <message>
        <source>docker-compose file referenced in .lagoon.yml not found</source>
        <translation>.lagoon.yml が参照する docker-compose ファイルが見つかりません（docker-compose file referenced in .lagoon.yml not found）</translation>
    </message>
    <message>
        <source>.lagoon.yml has no docker-compose-yaml key; add &quot;docker-compose-yaml: docker-compose.yml&quot;. Shown here: the default file.</source>
        <translation>.lagoon.yml に docker-compose-yaml キーがありません。&quot;docker-compose-yaml: docker-compose.yml&quot; を追加してください。ここでは既定のファイルを表示しています。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>フォルダー %1 は存在しません</translation>
    </message>
    <message>
        <source>%1 is a file; open the folder that holds .lagoon.yml</source>
        <translation>%1 はファイルです。.lagoon.yml があるフォルダーを開いてください</translation>
    </message>
    <message>
        <source>No permission to read the folder %1</source>
        <translation>フォルダー %1 を読み取る権限がありません</translation>
    </message>
    <message>
        <source>This folder has no .lagoon.yml, so Lagoon cannot deploy it</source>
        <translation>このフォルダーには .lagoon.yml がないため、Lagoon はデプロイできません</translation>
    </message>
    <message>
        <source>Open the root of the project&apos;s git repository, or create a .lagoon.yml.</source>
        <translation>プロジェクトの git リポジトリのルートを開くか、.lagoon.yml を作成してください。</translation>
    </message>
    <message>
        <source>%1 does not exist in the project folder.</source>
        <translation>%1 はプロジェクトのフォルダーにありません。</translation>
    </message>
    <message>
        <source>This folder has no %1</source>
        <translation>このフォルダーには %1 がありません</translation>
    </message>
</context>
<context>
    <name>Lagoon::TopLevelReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB, larger than the %3 MB this tool reads</source>
        <translation>%1 は %2 MB あり、読み取れる上限の %3 MB を超えています</translation>
    </message>
    <message>
        <source>%1 is a binary file, not YAML</source>
        <translation>%1 は YAML ではなくバイナリファイルです</translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation>%1 は正しい YAML ではありません: %2</translation>
    </message>
    <message>
        <source>%1 must be a single value</source>
        <translation>%1 は単一の値でなければなりません</translation>
    </message>
</context>
<context>
    <name>Lagoon::WelcomePanel</name>
    <message>
        <source>Lagoon Desktop</source>
        <translation>Lagoon Desktop</translation>
    </message>
    <message>
        <source>Open the folder of a project that Lagoon deploys: the one with .lagoon.yml and docker-compose.yml. You can also drop a folder onto this window.</source>
        <translation>Lagoon がデプロイするプロジェクトのフォルダー（.lagoon.yml と docker-compose.yml があるフォルダー）を開いてください。このウィンドウにフォルダーをドロップしても開けます。</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>プロジェクトを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Recent projects:</source>
        <translation>最近使ったプロジェクト:</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近使ったプロジェクト</translation>
    </message>
</context>
</TS>
