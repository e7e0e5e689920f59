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
    <name>Lagoon::Cli::CommandLine</name>
    <message>
        <source>Output format: text or json.</source>
        <translation>出力形式: text または json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Project folder (default: the current folder).</source>
        <translation>プロジェクトのフォルダー（既定: 現在のフォルダー）。</translation>
    </message>
    <message>
        <source>--format must be text or json, not &apos;%1&apos;</source>
        <translation>--format には text または json を指定してください（&apos;%1&apos; は指定できません）</translation>
    </message>
    <message>
        <source>%1 takes one folder, got %2</source>
        <translation>%1 に指定できるフォルダーは 1 つですが、%2 個指定されました</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>フォルダー %1 は存在しません</translation>
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
    <name>Lagoon::Cli::PlanCommand</name>
    <message>
        <source>Show what Lagoon would deploy for an environment: services, routes, cronjobs, tasks</source>
        <translation>環境に対して Lagoon がデプロイする内容（サービス、ルート、cronjob、タスク）を表示します</translation>
    </message>
    <message>
        <source>Lagoon computes autogenerated routes from its router pattern (the API variable LAGOON_SYSTEM_ROUTER_PATTERN); without --router-pattern the plan uses %1.</source>
        <translation>Lagoon は自動生成ルートをルーターパターン（API 変数 LAGOON_SYSTEM_ROUTER_PATTERN）から算出します。--router-pattern を指定しない場合、計画には %1 を使います。</translation>
    </message>
    <message>
        <source>There is no %1 in %2</source>
        <translation>%2 に %1 がありません</translation>
    </message>
</context>
<context>
    <name>Lagoon::Cli::PlanOptions</name>
    <message>
        <source>Project name (default: x-lagoon-project of the compose file, else the folder name).</source>
        <translation>プロジェクト名（既定: compose ファイルの x-lagoon-project、なければフォルダー名）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Environment name (default: the branch, with &apos;/&apos; as &apos;-&apos;).</source>
        <translation>環境名（既定: ブランチ名の &apos;/&apos; を &apos;-&apos; に置き換えたもの）。</translation>
    </message>
    <message>
        <source>Branch (default: the environment, else the current git branch, else main).</source>
        <translation>ブランチ（既定: 環境名、なければ現在の git ブランチ、それもなければ main）。</translation>
    </message>
    <message>
        <source>BRANCH</source>
        <translation>BRANCH</translation>
    </message>
    <message>
        <source>Environment type: production or development.</source>
        <translation>環境の種類: production または development。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Router pattern for autogenerated routes (default: %1).</source>
        <translation>自動生成ルートのルーターパターン（既定: %1）。</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>PATTERN</translation>
    </message>
    <message>
        <source>The project&apos;s active production environment.</source>
        <translation>プロジェクトのアクティブな本番環境。</translation>
    </message>
    <message>
        <source>The project&apos;s standby production environment.</source>
        <translation>プロジェクトのスタンバイの本番環境。</translation>
    </message>
    <message>
        <source>A Lagoon API variable, e.g. LAGOON_ROUTE_QUOTA=2 (repeatable).</source>
        <translation>Lagoon の API 変数。例: LAGOON_ROUTE_QUOTA=2（複数回指定できます）。</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=VALUE</translation>
    </message>
    <message>
        <source>--type must be production or development, not &apos;%1&apos;</source>
        <translation>--type は production または development でなければなりませんが、&apos;%1&apos; が指定されました</translation>
    </message>
    <message>
        <source>--variable takes NAME=VALUE, not &apos;%1&apos;</source>
        <translation>--variable は NAME=VALUE の形式でなければなりませんが、&apos;%1&apos; が指定されました</translation>
    </message>
</context>
<context>
    <name>Lagoon::Cli::ValidateCommand</name>
    <message>
        <source>Check .lagoon.yml and the compose file against Lagoon&apos;s rules</source>
        <translation>.lagoon.yml と compose ファイルを Lagoon のルールに照らして検査します</translation>
    </message>
    <message>
        <source>Exit with 1 on warnings too.</source>
        <translation>警告がある場合も終了コード 1 で終了します。</translation>
    </message>
    <message>
        <source>The Lagoon file, relative to DIR.</source>
        <translation>Lagoon のファイル（DIR からの相対パス）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>There is no %1 in %2</source>
        <translation>%2 に %1 がありません</translation>
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
        <source>%1, %2</source>
        <comment>error count, warning count</comment>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>Lagoon::ComposeReader</name>
    <message>
        <source>Non-string key in %1: &lt;nil&gt;</source>
        <translation>%1 に文字列ではないキー &lt;nil&gt; があります（Non-string key in %1: &lt;nil&gt;）</translation>
    </message>
    <message>
        <source>Lagoon&apos;s strict compose check fails on this and the build records a warning; give the key a name or remove it.</source>
        <translation>Lagoon の厳格な compose チェックはこれで失敗し、ビルドに警告が記録されます。キーに名前を付けるか、キーを削除してください。</translation>
    </message>
    <message>
        <source>env_file %1 of service %2: open %3: no such file or directory</source>
        <translation>サービス %2 の env_file %1 が見つかりません（env_file %1 of service %2: open %3: no such file or directory）</translation>
    </message>
    <message>
        <source>an env_file is defined in your docker-compose file, but no matching file found.</source>
        <translation>docker-compose ファイルに env_file が定義されていますが、該当するファイルが見つかりません（an env_file is defined in your docker-compose file, but no matching file found）。</translation>
    </message>
    <message>
        <source>A compose file must be a mapping with a services key</source>
        <translation>compose ファイルは services キーを持つマッピングでなければなりません</translation>
    </message>
    <message>
        <source>services must be a mapping of service names to their settings</source>
        <translation>services はサービス名とその設定のマッピングでなければなりません</translation>
    </message>
    <message>
        <source>The service %1 must be a mapping</source>
        <translation>サービス %1 はマッピングでなければなりません</translation>
    </message>
</context>
<context>
    <name>Lagoon::ComposeRules</name>
    <message>
        <source>service name is invalid. Please refer to the documentation regarding service naming requirements</source>
        <translation>サービス名が不正です。サービス名の要件についてはドキュメントを参照してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: at most 63 lower-case letters, digits and &apos;-&apos;, starting with a letter and ending with a letter or digit.</source>
        <translation>&apos;%1&apos;: 英小文字、数字、&apos;-&apos; で 63 文字以内とし、英字で始めて英字か数字で終える必要があります。</translation>
    </message>
    <message>
        <source>no lagoon.type has been set for service &apos;%1&apos;. If a Lagoon service is not required, please set the lagoon.type to &apos;none&apos; for this service in docker-compose.yaml. See the Lagoon documentation for supported service types</source>
        <translation>サービス &apos;%1&apos; に lagoon.type が設定されていません。Lagoon のサービスが不要な場合は、docker-compose.yaml でこのサービスの lagoon.type を &apos;none&apos; に設定してください。サポートされるサービスタイプについては Lagoon のドキュメントを参照してください</translation>
    </message>
    <message>
        <source>Add a label, e.g. lagoon.type: %1</source>
        <translation>ラベルを追加してください。例: lagoon.type: %1</translation>
    </message>
    <message>
        <source>lagoon.type &apos;%1&apos; is not a valid service type. See the Lagoon documentation for supported service types</source>
        <translation>lagoon.type &apos;%1&apos; は有効なサービスタイプではありません。サポートされるサービスタイプについては Lagoon のドキュメントを参照してください</translation>
    </message>
    <message>
        <source>Did you mean &apos;%1&apos;? </source>
        <translation>&apos;%1&apos; のことですか？</translation>
    </message>
    <message>
        <source>Lagoon&apos;s build currently accepts unknown types and silently deploys nothing for them.</source>
        <translation>現在の Lagoon のビルドは不明なタイプも受け付け、警告なしに何もデプロイしません。</translation>
    </message>
    <message>
        <source>lagoon.type &apos;%1&apos; is a legacy name for &apos;%2&apos;</source>
        <translation>lagoon.type &apos;%1&apos; は &apos;%2&apos; の旧名です</translation>
    </message>
    <message>
        <source>Write lagoon.type: %1.</source>
        <translation>lagoon.type: %1 と記述してください。</translation>
    </message>
    <message>
        <source>no defined Dockerfile or Image for service %1</source>
        <translation>サービス %1 に Dockerfile もイメージも定義されていません（no defined Dockerfile or Image for service %1）</translation>
    </message>
    <message>
        <source>defined Dockerfile %1 for service %2 not found</source>
        <translation>サービス %2 に定義された Dockerfile %1 が見つかりません（defined Dockerfile %1 for service %2 not found）</translation>
    </message>
    <message>
        <source>build.context is relative to the project root, and build.dockerfile to the context.</source>
        <translation>build.context はプロジェクトのルートからの相対パス、build.dockerfile はコンテキストからの相対パスです。</translation>
    </message>
    <message>
        <source>label lagoon.persistent not defined for service %1, no valid mount path was found</source>
        <translation>サービス %1 にラベル lagoon.persistent が定義されておらず、有効なマウントパスが見つかりません</translation>
    </message>
    <message>
        <source>Add lagoon.persistent: /path/in/the/container (e.g. /app/web/sites/default/files/).</source>
        <translation>lagoon.persistent: /path/in/the/container を追加してください（例: /app/web/sites/default/files/）。</translation>
    </message>
    <message>
        <source>provided persistent volume size for %1 is not valid: quantities must match the regular expression &apos;^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$&apos;</source>
        <translation>%1 に指定された永続ボリュームのサイズが不正です: 数量は正規表現 &apos;^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$&apos; に一致する必要があります</translation>
    </message>
    <message>
        <source>the provided service port %1 for service %2 is not a valid integer: strconv.Atoi: parsing %3: invalid syntax</source>
        <translation>サービス %2 に指定されたサービスポート %1 は有効な整数ではありません: strconv.Atoi: parsing %3: invalid syntax</translation>
    </message>
    <message>
        <source>%1 should be &quot;true&quot; or &quot;false&quot;, not &quot;%2&quot;</source>
        <translation>%1 は &quot;true&quot; または &quot;false&quot; にしてください（現在は &quot;%2&quot; です）</translation>
    </message>
    <message>
        <source>lagoon.type external has been set for service %1, yet no &apos;lagoon.external.service&apos; label was defined</source>
        <translation>サービス %1 に lagoon.type external が設定されていますが、&apos;lagoon.external.service&apos; ラベルが定義されていません</translation>
    </message>
    <message>
        <source>error encountered decoding label &apos;lagoon.external.service&apos; for service %1, is it JSON?</source>
        <translation>サービス %1 のラベル &apos;lagoon.external.service&apos; のデコード中にエラーが発生しました。JSON になっていますか？</translation>
    </message>
    <message>
        <source>service type %1 has a secondary container defined, but no linked service was found</source>
        <translation>サービスタイプ %1 にはセカンダリーコンテナーが定義されていますが、リンクされたサービスが見つかりません</translation>
    </message>
    <message>
        <source>Give the php service the label lagoon.name: %1.</source>
        <translation>php サービスにラベル lagoon.name: %1 を付けてください。</translation>
    </message>
    <message>
        <source>unable to provision more than 6 volumes for this environment, if you need more please contact your lagoon administrator</source>
        <translation>この環境には 6 個を超えるボリュームをプロビジョニングできません。さらに必要な場合は Lagoon の管理者に連絡してください</translation>
    </message>
    <message>
        <source>provided volume size for %1 is not valid: %2</source>
        <translation>%1 に指定されたボリュームサイズが不正です（provided volume size for %1 is not valid）: %2</translation>
    </message>
    <message>
        <source>provided volume %1 with size %2 exceeds limit, if you need larger volumes please contact your Lagoon administrator</source>
        <translation>ボリューム %1 のサイズ %2 は上限を超えています。より大きなボリュームが必要な場合は Lagoon の管理者に連絡してください</translation>
    </message>
</context>
<context>
    <name>Lagoon::DeployPlanText</name>
    <message>
        <source>pull request %1</source>
        <translation>プルリクエスト %1</translation>
    </message>
    <message>
        <source>branch %1</source>
        <translation>ブランチ %1</translation>
    </message>
    <message>
        <source>, active</source>
        <translation>、アクティブ</translation>
    </message>
    <message>
        <source>, standby</source>
        <translation>、スタンバイ</translation>
    </message>
    <message>
        <source>Plan for %1 / %2 (%3, %4)</source>
        <translation>%1 / %2 のデプロイ計画（%3、%4）</translation>
    </message>
    <message>
        <source>Namespace %1</source>
        <translation>ネームスペース %1</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>not deployed (none)</source>
        <translation>デプロイしない（none）</translation>
    </message>
    <message>
        <source>not deployed</source>
        <translation>デプロイしない</translation>
    </message>
    <message>
        <source>container in %1&apos;s pod</source>
        <translation>%1 の Pod 内のコンテナー</translation>
    </message>
    <message>
        <source>named %1</source>
        <translation>名前 %1</translation>
    </message>
    <message>
        <source>type from %1</source>
        <translation>タイプの指定元 %1</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>旧名 %1</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>ポート %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>サービス %1</translation>
    </message>
    <message>
        <source>volume %1 %2 at %3</source>
        <translation>ボリューム %1（%2）を %3 にマウント</translation>
    </message>
    <message>
        <source>mounts %1 at %2</source>
        <translation>%1 を %2 にマウント</translation>
    </message>
    <message>
        <source>autogenerated route</source>
        <translation>自動生成ルート</translation>
    </message>
    <message>
        <source>volume %1 (%2)%3</source>
        <translation>ボリューム %1（%2）%3</translation>
    </message>
    <message>
        <source>, no backup</source>
        <translation>、バックアップなし</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>autogenerated</source>
        <translation>自動生成</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>active/standby</source>
        <translation>アクティブ/スタンバイ</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt</source>
        <translation>Let&apos;s Encrypt</translation>
    </message>
    <message>
        <source>own certificate</source>
        <translation>独自の証明書</translation>
    </message>
    <message>
        <source>redirects to https</source>
        <translation>https にリダイレクト</translation>
    </message>
    <message>
        <source>http allowed</source>
        <translation>http を許可</translation>
    </message>
    <message>
        <source>HSTS</source>
        <translation>HSTS</translation>
    </message>
    <message>
        <source>also %1</source>
        <translation>別名 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n path route(s)</source>
        <translation>
            <numerusform>パスルート %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>* primary route (LAGOON_ROUTE): %1</source>
        <translation>* プライマリールート（LAGOON_ROUTE）: %1</translation>
    </message>
    <message>
        <source>Cronjobs</source>
        <translation>cronjob</translation>
    </message>
    <message>
        <source>disabled by LAGOON_CRONJOBS_DISABLED</source>
        <translation>LAGOON_CRONJOBS_DISABLED により無効</translation>
    </message>
    <message>
        <source>in the %1 container</source>
        <translation>%1 コンテナー内</translation>
    </message>
    <message>
        <source>CronJob %1</source>
        <translation>CronJob %1</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>pre-rollout</source>
        <translation>pre-rollout</translation>
    </message>
    <message>
        <source>post-rollout</source>
        <translation>post-rollout</translation>
    </message>
    <message>
        <source> when %1</source>
        <translation> 条件: %1</translation>
    </message>
    <message>
        <source> — disabled</source>
        <translation> — 無効</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>no service keeps data that Lagoon backs up</source>
        <translation>Lagoon がバックアップするデータを持つサービスはありません</translation>
    </message>
    <message>
        <source>schedule %1 (%2, %3)</source>
        <translation>スケジュール %1（%2、%3）</translation>
    </message>
    <message>
        <source>default</source>
        <translation>既定値</translation>
    </message>
    <message>
        <source>retention: hourly %1, daily %2, weekly %3, monthly %4</source>
        <translation>保持数: 毎時 %1、毎日 %2、毎週 %3、毎月 %4</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>(build variables)</source>
        <translation>（ビルド変数）</translation>
    </message>
</context>
<context>
    <name>Lagoon::DeployPlanner</name>
    <message>
        <source>the annotations for %1 are not valid: %2: %3</source>
        <translation>%1 のアノテーションが不正です（the annotations for %1 are not valid）: %2: %3</translation>
    </message>
    <message>
        <source>variable LAGOON_FASTLY_SERVICE_ID provided watch value %1 is not a valid boolean</source>
        <translation>変数 LAGOON_FASTLY_SERVICE_ID で指定された watch の値 %1 は有効な真偽値ではありません</translation>
    </message>
    <message>
        <source>variable LAGOON_FASTLY_SERVICE_IDS provided watch value %1 is not a valid boolean</source>
        <translation>変数 LAGOON_FASTLY_SERVICE_IDS で指定された watch の値 %1 は有効な真偽値ではありません</translation>
    </message>
    <message>
        <source>%1 is not a valid service reference</source>
        <translation>%1 は有効なサービス参照ではありません（%1 is not a valid service reference）</translation>
    </message>
    <message>
        <source>autogenerated path route has no fromService defined</source>
        <translation>自動生成ルートのパスルートに fromService が定義されていません（autogenerated path route has no fromService defined）</translation>
    </message>
    <message>
        <source>autogenerated path route has no toService defined</source>
        <translation>自動生成ルートのパスルートに toService が定義されていません（autogenerated path route has no toService defined）</translation>
    </message>
    <message>
        <source>autogenerated path route has no path defined</source>
        <translation>自動生成ルートのパスルートに path が定義されていません（autogenerated path route has no path defined）</translation>
    </message>
    <message>
        <source>Route %1 has wildcard: true and tls-acme: true, this is not supported</source>
        <translation>ルート %1 に wildcard: true と tls-acme: true が指定されていますが、この組み合わせはサポートされていません（Route %1 has wildcard: true and tls-acme: true, this is not supported）</translation>
    </message>
    <message>
        <source>Wildcard certificates cannot be requested with HTTP-01; set tls-acme: false and provide the certificate.</source>
        <translation>ワイルドカード証明書は HTTP-01 では要求できません。tls-acme: false を設定し、証明書を用意してください。</translation>
    </message>
    <message>
        <source>Route %1 has wildcard: true and alternativenames defined, this is not supported</source>
        <translation>ルート %1 に wildcard: true と alternativenames が指定されていますが、この組み合わせはサポートされていません</translation>
    </message>
    <message>
        <source>Route %1 in .lagoon.yml is not valid: %2</source>
        <translation>.lagoon.yml のルート %1 は不正です（Route %1 in .lagoon.yml is not valid）: %2</translation>
    </message>
    <message>
        <source>path route for %1 has no toService defined</source>
        <translation>%1 のパスルートに toService が定義されていません（path route for %1 has no toService defined）</translation>
    </message>
    <message>
        <source>path route for %1 has no path defined</source>
        <translation>%1 のパスルートに path が定義されていません（path route for %1 has no path defined）</translation>
    </message>
    <message>
        <source>this environment requests %1 custom routes, this would exceed the route quota of %2</source>
        <translation>この環境は %1 個のカスタムルートを要求していますが、これはルートの上限 %2 個を超えます</translation>
    </message>
    <message>
        <source>couldn&apos;t unmarshal routes from Lagoon API, is it actually JSON that has been base64 encoded?: variable LAGOON_SYSTEM_ROUTER_PATTERN not found</source>
        <translation>Lagoon API のルートを解析できませんでした。base64 でエンコードされた JSON になっていますか？（変数 LAGOON_SYSTEM_ROUTER_PATTERN が見つかりません）</translation>
    </message>
    <message>
        <source>Lagoon sets LAGOON_SYSTEM_ROUTER_PATTERN for every project; give the router pattern of your Lagoon (for example ${service}-${project}-${environment}.example.com).</source>
        <translation>Lagoon はすべてのプロジェクトに LAGOON_SYSTEM_ROUTER_PATTERN を設定します。お使いの Lagoon のルーターパターンを指定してください（例: ${service}-${project}-${environment}.example.com）。</translation>
    </message>
    <message>
        <source>duplicate named cronjobs detected: %1</source>
        <translation>同じ名前の cronjob が重複しています（duplicate named cronjobs detected）: %1</translation>
    </message>
    <message>
        <source>unable to convert crontab for cronjob %1: %2</source>
        <translation>cronjob %1 の crontab を変換できません（unable to convert crontab for cronjob %1）: %2</translation>
    </message>
    <message>
        <source>unable to validate crontab for cronjob %1: %2</source>
        <translation>cronjob %1 の crontab を検証できません（unable to validate crontab for cronjob %1）: %2</translation>
    </message>
    <message>
        <source>No deployments found matching label: lagoon.sh/service=</source>
        <translation>ラベル lagoon.sh/service= に一致する Deployment が見つかりません（No deployments found matching label: lagoon.sh/service=）</translation>
    </message>
    <message>
        <source>Task &apos;%1&apos; has no service, so it runs nowhere; add service: cli (or the service that should run it).</source>
        <translation>タスク &apos;%1&apos; にはサービスが指定されていないため、どこでも実行されません。service: cli（または実行するサービス）を追加してください。</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; runs in service %2, which this environment does not deploy</source>
        <translation>タスク &apos;%1&apos; はサービス %2 で実行されますが、この環境はそのサービスをデプロイしません</translation>
    </message>
    <message>
        <source>Tasks select the pod by lagoon.name (lagoon.sh/service label).</source>
        <translation>タスクは lagoon.name（lagoon.sh/service ラベル）で Pod を選択します。</translation>
    </message>
    <message>
        <source>unable to convert %1 retention provided in the environment variable to integer</source>
        <translation>環境変数で指定された %1 の保持数を整数に変換できません（unable to convert %1 retention provided in the environment variable to integer）</translation>
    </message>
    <message>
        <source>cronjob &apos;%1&apos; is for service %2, which this environment does not deploy; Lagoon ignores it</source>
        <translation>cronjob &apos;%1&apos; はサービス %2 用ですが、この環境はそのサービスをデプロイしないため、Lagoon はこの cronjob を無視します</translation>
    </message>
    <message>
        <source>unable to convert crontab for default backup schedule from .lagoon.yml: %1</source>
        <translation>.lagoon.yml の既定のバックアップスケジュールの crontab を変換できません（unable to convert crontab for default backup schedule from .lagoon.yml）: %1</translation>
    </message>
    <message>
        <source>unable to convert crontab for default backup schedule: %1</source>
        <translation>既定のバックアップスケジュールの crontab を変換できません（unable to convert crontab for default backup schedule）: %1</translation>
    </message>
    <message>
        <source>LAGOON_SERVICE_TYPES must be a comma-separated list of service:type pairs</source>
        <translation>LAGOON_SERVICE_TYPES は service:type の組をカンマで区切った一覧でなければなりません</translation>
    </message>
    <message>
        <source>the provided service port %1 for service %2 is not a valid integer: strconv.Atoi: parsing &quot;%1&quot;: invalid syntax</source>
        <translation>サービス %2 に指定されたサービスポート %1 は有効な整数ではありません: strconv.Atoi: parsing &quot;%1&quot;: invalid syntax</translation>
    </message>
    <message>
        <source>first port defined is not a tcp port, please ensure the first port is tcp</source>
        <translation>最初に定義されたポートが TCP ポートではありません。最初のポートは TCP にしてください（first port defined is not a tcp port, please ensure the first port is tcp）</translation>
    </message>
    <message>
        <source>label lagoon.persistent not defined for service %1, no valid mount path was found</source>
        <translation>サービス %1 にラベル lagoon.persistent が定義されておらず、有効なマウントパスが見つかりません</translation>
    </message>
    <message>
        <source>Add the label lagoon.persistent with the path to mount the volume at.</source>
        <translation>ボリュームをマウントするパスを値とするラベル lagoon.persistent を追加してください。</translation>
    </message>
    <message>
        <source>provided persistent volume size for %1 is not valid: %2</source>
        <translation>%1 に指定された永続ボリュームのサイズが不正です（provided persistent volume size for %1 is not valid）: %2</translation>
    </message>
    <message>
        <source>lagoon.type external has been set for service %1, yet no &apos;lagoon.external.service&apos; label was defined</source>
        <translation>サービス %1 に lagoon.type external が設定されていますが、&apos;lagoon.external.service&apos; ラベルが定義されていません</translation>
    </message>
    <message>
        <source>error encountered decoding label &apos;lagoon.external.service&apos; for service %1, is it JSON?</source>
        <translation>サービス %1 のラベル &apos;lagoon.external.service&apos; のデコード中にエラーが発生しました。JSON になっていますか？</translation>
    </message>
    <message>
        <source>no lagoon.type has been set for service &apos;%1&apos;. If a Lagoon service is not required, please set the lagoon.type to &apos;none&apos; for this service in docker-compose.yaml. See the Lagoon documentation for supported service types</source>
        <translation>サービス &apos;%1&apos; に lagoon.type が設定されていません。Lagoon のサービスが不要な場合は、docker-compose.yaml でこのサービスの lagoon.type を &apos;none&apos; に設定してください。サポートされるサービスタイプについては Lagoon のドキュメントを参照してください</translation>
    </message>
    <message>
        <source>service name is invalid. Please refer to the documentation regarding service naming requirements</source>
        <translation>サービス名が不正です。サービス名の要件についてはドキュメントを参照してください</translation>
    </message>
    <message>
        <source>At most 63 lower-case letters, digits or &apos;-&apos;, starting with a letter and ending with a letter or digit.</source>
        <translation>英小文字、数字、&apos;-&apos; で 63 文字以内とし、英字で始めて英字か数字で終える必要があります。</translation>
    </message>
    <message>
        <source>lagoon.type &apos;%1&apos; is not a valid service type. See the Lagoon documentation for supported service types</source>
        <translation>lagoon.type &apos;%1&apos; は有効なサービスタイプではありません。サポートされるサービスタイプについては Lagoon のドキュメントを参照してください</translation>
    </message>
    <message>
        <source>Did you mean &apos;%1&apos;? </source>
        <translation>&apos;%1&apos; のことですか？</translation>
    </message>
    <message>
        <source>Lagoon&apos;s build accepts unknown types today and deploys nothing for this service.</source>
        <translation>現在の Lagoon のビルドは不明なタイプも受け付け、このサービスについては何もデプロイしません。</translation>
    </message>
    <message>
        <source>no defined Dockerfile or Image for service %1</source>
        <translation>サービス %1 に Dockerfile もイメージも定義されていません（no defined Dockerfile or Image for service %1）</translation>
    </message>
    <message>
        <source>services %1 share lagoon.name &apos;%2&apos;; Lagoon pairs only two services (a main service and one extra container)</source>
        <translation>サービス %1 が lagoon.name &apos;%2&apos; を共有しています。Lagoon が組にできるのは 2 つのサービス（メインのサービスと追加のコンテナー 1 つ）だけです</translation>
    </message>
    <message>
        <source>service type %1 has a secondary container defined, but no linked service was found</source>
        <translation>サービスタイプ %1 にはセカンダリーコンテナーが定義されていますが、リンクされたサービスが見つかりません</translation>
    </message>
    <message>
        <source>Give the php service the same lagoon.name as this service.</source>
        <translation>php サービスにこのサービスと同じ lagoon.name を付けてください。</translation>
    </message>
    <message>
        <source>provided volume size for %1 is not valid: %2</source>
        <translation>%1 に指定されたボリュームサイズが不正です（provided volume size for %1 is not valid）: %2</translation>
    </message>
    <message>
        <source>provided volume %1 with size %2 exceeds limit, if you need larger volumes please contact your Lagoon administrator</source>
        <translation>ボリューム %1 のサイズ %2 は上限を超えています。より大きなボリュームが必要な場合は Lagoon の管理者に連絡してください</translation>
    </message>
    <message>
        <source>unable to provision more than 6 volumes for this environment, if you need more please contact your lagoon administrator</source>
        <translation>この環境には 6 個を超えるボリュームをプロビジョニングできません。さらに必要な場合は Lagoon の管理者に連絡してください</translation>
    </message>
    <message>
        <source>service %1 mounts volume %2, which is not a top-level volume with lagoon.type: persistent; Lagoon ignores the label</source>
        <translation>サービス %1 はボリューム %2 をマウントしていますが、これは lagoon.type: persistent を持つトップレベルのボリュームではないため、Lagoon はこのラベルを無視します</translation>
    </message>
    <message>
        <source>the service type %1 is not permitted to have additional volumes attached</source>
        <translation>サービスタイプ %1 には追加のボリュームを接続できません（the service type %1 is not permitted to have additional volumes attached）</translation>
    </message>
    <message>
        <source>service %1 mounts the persistent volume %2, but no service in this environment creates it</source>
        <translation>サービス %1 は永続ボリューム %2 をマウントしていますが、この環境にはそのボリュームを作成するサービスがありません</translation>
    </message>
    <message>
        <source>Set lagoon.persistent.name to the lagoon.name of the service that owns the volume (for example nginx).</source>
        <translation>lagoon.persistent.name に、ボリュームを所有するサービスの lagoon.name（例: nginx）を設定してください。</translation>
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
        <translation>cron 定義 &apos;%1&apos; は不正です。%2 個のフィールドがありますが、5 個必要です（cron definition &apos;%1&apos; is invalid, %2 fields provided, required 5）</translation>
    </message>
    <message>
        <source>cron definition &apos;%1&apos; is invalid, unable to determine minutes value</source>
        <translation>cron 定義 &apos;%1&apos; は不正です。分の値を決定できません（cron definition &apos;%1&apos; is invalid, unable to determine minutes value）</translation>
    </message>
    <message>
        <source>cron definition &apos;%1&apos; is invalid, unable to determine hours value</source>
        <translation>cron 定義 &apos;%1&apos; は不正です。時の値を決定できません（cron definition &apos;%1&apos; is invalid, unable to determine hours value）</translation>
    </message>
    <message>
        <source>cron definition &apos;%1&apos; is invalid</source>
        <translation>cron 定義 &apos;%1&apos; は不正です（cron definition &apos;%1&apos; is invalid）</translation>
    </message>
    <message>
        <source>unable to convert timeout for cronjob %1: %2</source>
        <translation>cronjob %1 のタイムアウトを変換できません（unable to convert timeout for cronjob %1）: %2</translation>
    </message>
    <message>
        <source>timeout for cronjob %1 cannot be longer than 24 hours</source>
        <translation>cronjob %1 のタイムアウトは 24 時間を超えられません（timeout for cronjob %1 cannot be longer than 24 hours）</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonProjectLoader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>There is no %1 in this folder, so Lagoon cannot deploy it</source>
        <translation>このフォルダーには %1 がないため、Lagoon はデプロイできません</translation>
    </message>
    <message>
        <source>unable to decode LAGOON_YAML_OVERRIDE - is it base64 encoded?</source>
        <translation>LAGOON_YAML_OVERRIDE をデコードできません。base64 でエンコードされていますか？（unable to decode LAGOON_YAML_OVERRIDE - is it base64 encoded?）</translation>
    </message>
    <message>
        <source>not a mapping</source>
        <translation>マッピングではありません</translation>
    </message>
    <message>
        <source>unable to unmarshal env var LAGOON_YAML_OVERRIDE: %1</source>
        <translation>環境変数 LAGOON_YAML_OVERRIDE を解析できません（unable to unmarshal env var LAGOON_YAML_OVERRIDE）: %1</translation>
    </message>
    <message>
        <source>docker-compose file referenced in .lagoon.yml not found</source>
        <translation>.lagoon.yml が参照する docker-compose ファイルが見つかりません（docker-compose file referenced in .lagoon.yml not found）</translation>
    </message>
    <message>
        <source>Add &quot;docker-compose-yaml: docker-compose.yml&quot; at the top of %1.</source>
        <translation>%1 の先頭に &quot;docker-compose-yaml: docker-compose.yml&quot; を追加してください。</translation>
    </message>
    <message>
        <source>%1 does not exist (the path is relative to the repository root).</source>
        <translation>%1 は存在しません（パスはリポジトリのルートからの相対パスです）。</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonValidator</name>
    <message>
        <source>it is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>it contains a control character</source>
        <translation>制御文字が含まれています</translation>
    </message>
    <message>
        <source>git does not allow &apos;%1&apos; in branch names</source>
        <translation>git のブランチ名には &apos;%1&apos; を使えません</translation>
    </message>
    <message>
        <source>git does not allow &apos;..&apos; in branch names</source>
        <translation>git のブランチ名には &apos;..&apos; を使えません</translation>
    </message>
    <message>
        <source>git does not allow &apos;@{&apos; in branch names</source>
        <translation>git のブランチ名には &apos;@{&apos; を使えません</translation>
    </message>
    <message>
        <source>git does not allow &apos;//&apos; in branch names</source>
        <translation>git のブランチ名には &apos;//&apos; を使えません</translation>
    </message>
    <message>
        <source>a branch name cannot start with &apos;%1&apos;</source>
        <translation>ブランチ名を &apos;%1&apos; で始めることはできません</translation>
    </message>
    <message>
        <source>a branch name cannot end with &apos;/&apos;, &apos;.&apos; or &apos;.lock&apos;</source>
        <translation>ブランチ名の末尾に &apos;/&apos;、&apos;.&apos;、&apos;.lock&apos; は使えません</translation>
    </message>
    <message>
        <source>&apos;@&apos; alone is not a branch name</source>
        <translation>&apos;@&apos; だけではブランチ名になりません</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonYmlReader</name>
    <message>
        <source>a mapping</source>
        <translation>マッピング</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a text value</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Put it in quotes: &quot;%1&quot;.</source>
        <translation>引用符で囲んでください: &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3: Lagoon&apos;s build stops with &quot;couldn&apos;t unmarshal file&quot;</source>
        <translation>%1 には %2 を指定する必要があります（現在の値: %3）。Lagoon のビルドは &quot;couldn&apos;t unmarshal file&quot; で停止します</translation>
    </message>
    <message>
        <source>Lagoon ignores the unknown key &apos;%1&apos;</source>
        <translation>Lagoon は不明なキー &apos;%1&apos; を無視します</translation>
    </message>
    <message>
        <source>Known keys here: %1.</source>
        <translation>ここで使えるキー: %1。</translation>
    </message>
    <message>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation>&apos;%1&apos; のことですか？</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is deprecated and Lagoon ignores it</source>
        <translation>&apos;%1&apos; は非推奨で、Lagoon はこのキーを無視します</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonYmlRules</name>
    <message>
        <source>The environment &apos;%1&apos; can never match a branch: %2</source>
        <translation>環境 &apos;%1&apos; はどのブランチにも一致しません: %2</translation>
    </message>
    <message>
        <source>A branch named &apos;%1&apos; gives an invalid Kubernetes namespace; Lagoon&apos;s build never starts</source>
        <translation>ブランチ名 &apos;%1&apos; からは不正な Kubernetes ネームスペースが作られるため、Lagoon のビルドは開始されません</translation>
    </message>
    <message>
        <source>types: &apos;%1&apos; is not a service in the compose file</source>
        <translation>types: &apos;%1&apos; は compose ファイルのサービスではありません</translation>
    </message>
    <message>
        <source>unable to convert crontab for default backup schedule from .lagoon.yml: %1</source>
        <translation>.lagoon.yml の既定のバックアップスケジュールの crontab を変換できません（unable to convert crontab for default backup schedule from .lagoon.yml）: %1</translation>
    </message>
    <message>
        <source>Route %1 in .lagoon.yml is not valid: %2</source>
        <translation>.lagoon.yml のルート %1 は不正です（Route %1 in .lagoon.yml is not valid）: %2</translation>
    </message>
    <message>
        <source>Use a host name only: no scheme, path, port or spaces.</source>
        <translation>ホスト名だけを指定してください（スキーム、パス、ポート、空白は使えません）。</translation>
    </message>
    <message>
        <source>Route %1 has wildcard: true and tls-acme: true, this is not supported</source>
        <translation>ルート %1 に wildcard: true と tls-acme: true が指定されていますが、この組み合わせはサポートされていません（Route %1 has wildcard: true and tls-acme: true, this is not supported）</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt cannot issue wildcard certificates over HTTP; set tls-acme: false and provide the certificate yourself.</source>
        <translation>Let&apos;s Encrypt は HTTP 経由ではワイルドカード証明書を発行できません。tls-acme: false を設定し、証明書を自分で用意してください。</translation>
    </message>
    <message>
        <source>Route %1 has wildcard: true and alternativenames defined, this is not supported</source>
        <translation>ルート %1 に wildcard: true と alternativenames が指定されていますが、この組み合わせはサポートされていません</translation>
    </message>
    <message>
        <source>insecure: None is deprecated and behaves like Redirect</source>
        <translation>insecure: None は非推奨で、Redirect と同じ動作になります</translation>
    </message>
    <message>
        <source>Write insecure: Redirect.</source>
        <translation>insecure: Redirect と記述してください。</translation>
    </message>
    <message>
        <source>insecure: %1 is not Allow or Redirect; Lagoon treats it like Redirect</source>
        <translation>insecure: %1 は Allow でも Redirect でもありません。Lagoon は Redirect として扱います</translation>
    </message>
    <message>
        <source>The route %1 points to service &apos;%2&apos;, which is not in the compose file</source>
        <translation>ルート %1 はサービス &apos;%2&apos; を指していますが、このサービスは compose ファイルにありません</translation>
    </message>
    <message>
        <source>Lagoon does not check this; the ingress would have no backend.</source>
        <translation>Lagoon はこれを検査しません。Ingress にバックエンドがない状態になります。</translation>
    </message>
    <message>
        <source>Lagoon only allows rewrite, add_header, set_real_ip_from and more_set_headers in nginx snippets.</source>
        <translation>Lagoon が nginx スニペットで許可しているのは rewrite、add_header、set_real_ip_from、more_set_headers だけです。</translation>
    </message>
    <message>
        <source>path route for %1 has no toService defined</source>
        <translation>%1 のパスルートに toService が定義されていません（path route for %1 has no toService defined）</translation>
    </message>
    <message>
        <source>%1 is not a valid service reference</source>
        <translation>%1 は有効なサービス参照ではありません（%1 is not a valid service reference）</translation>
    </message>
    <message>
        <source>path route for %1 has no path defined</source>
        <translation>%1 のパスルートに path が定義されていません（path route for %1 has no path defined）</translation>
    </message>
    <message>
        <source>duplicate named cronjobs detected: %1</source>
        <translation>同じ名前の cronjob が重複しています（duplicate named cronjobs detected）: %1</translation>
    </message>
    <message>
        <source>Every cronjob of an environment needs its own name.</source>
        <translation>環境内の cronjob にはそれぞれ固有の名前が必要です。</translation>
    </message>
    <message>
        <source>environment %1: invalid cronjob, multiline commands are not supported: %2</source>
        <translation>環境 %1: cronjob が不正です。複数行のコマンドはサポートされていません（environment %1: invalid cronjob, multiline commands are not supported）: %2</translation>
    </message>
    <message>
        <source>Put the commands in a script and call it, or join them with &amp;&amp; on one line.</source>
        <translation>コマンドをスクリプトにまとめて呼び出すか、&amp;&amp; でつないで 1 行にしてください。</translation>
    </message>
    <message>
        <source>Five fields: minute hour day month weekday; M and H pick a stable random value, e.g. &quot;M H(1-4) * * *&quot;.</source>
        <translation>5 つのフィールド（分 時 日 月 曜日）で指定します。M と H は固定のランダム値になります。例: &quot;M H(1-4) * * *&quot;。</translation>
    </message>
    <message>
        <source>The cronjob &apos;%1&apos; names no service, so Lagoon never runs it</source>
        <translation>cronjob &apos;%1&apos; にはサービスが指定されていないため、Lagoon は実行しません</translation>
    </message>
    <message>
        <source>The cronjob &apos;%1&apos; runs in service &apos;%2&apos;, which is not in the compose file; Lagoon silently skips it</source>
        <translation>cronjob &apos;%1&apos; はサービス &apos;%2&apos; で実行されますが、このサービスは compose ファイルにないため、Lagoon は何も通知せずにスキップします</translation>
    </message>
    <message>
        <source>The %1 task &apos;%2&apos; names no service: Lagoon fails with &quot;No deployments found matching label: lagoon.sh/service=&quot;</source>
        <translation>%1 のタスク &apos;%2&apos; にはサービスが指定されていません。Lagoon は &quot;No deployments found matching label: lagoon.sh/service=&quot; で失敗します</translation>
    </message>
    <message>
        <source>Add service: cli (or the service that should run it).</source>
        <translation>service: cli（または実行するサービス）を追加してください。</translation>
    </message>
    <message>
        <source>The %1 task &apos;%2&apos; runs in service &apos;%3&apos;, which is not in the compose file</source>
        <translation>%1 のタスク &apos;%2&apos; はサービス &apos;%3&apos; で実行されますが、このサービスは compose ファイルにありません</translation>
    </message>
    <message>
        <source>The %1 task &apos;%2&apos; has no command</source>
        <translation>%1 のタスク &apos;%2&apos; にはコマンドがありません</translation>
    </message>
    <message>
        <source>No username for registry %1 here: unless the API variable REGISTRY_%1_USERNAME provides one, Lagoon fails with &quot;no username defined for registry %1&quot;</source>
        <translation>この設定にはレジストリ %1 のユーザー名がありません。API 変数 REGISTRY_%1_USERNAME で指定しない限り、Lagoon は &quot;no username defined for registry %1&quot; で失敗します</translation>
    </message>
    <message>
        <source>No password for registry %1 here: unless the API variable REGISTRY_%1_PASSWORD provides one, Lagoon fails with &quot;no password defined for registry %1&quot;</source>
        <translation>この設定にはレジストリ %1 のパスワードがありません。API 変数 REGISTRY_%1_PASSWORD で指定しない限り、Lagoon は &quot;no password defined for registry %1&quot; で失敗します</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonYmlSchema</name>
    <message>
        <source>Text.</source>
        <translation>テキスト。</translation>
    </message>
    <message>
        <source>Not read by Lagoon&apos;s build.</source>
        <translation>Lagoon のビルドは読み込みません。</translation>
    </message>
    <message>
        <source>Network policies for the services (Lagoon checks them at deploy time).</source>
        <translation>サービスのネットワークポリシー（Lagoon がデプロイ時に検査します）。</translation>
    </message>
    <message>
        <source>The service whose autogenerated route gets the path.</source>
        <translation>パスを追加する自動生成ルートのサービス。</translation>
    </message>
    <message>
        <source>The service (or additional compose port service) that serves the path.</source>
        <translation>パスを処理するサービス（または compose のポートから作られる追加のサービス）。</translation>
    </message>
    <message>
        <source>The URL path prefix, e.g. /api.</source>
        <translation>URL パスのプレフィックス（例: /api）。</translation>
    </message>
    <message>
        <source>A path on this route served by another service.</source>
        <translation>このルート上で別のサービスが処理するパス。</translation>
    </message>
    <message>
        <source>Paths of this route served by other services.</source>
        <translation>このルート上で他のサービスが処理するパス。</translation>
    </message>
    <message>
        <source>A path on a service&apos;s autogenerated route served by another service.</source>
        <translation>サービスの自動生成ルート上で別のサービスが処理するパス。</translation>
    </message>
    <message>
        <source>Path routes for autogenerated routes.</source>
        <translation>自動生成ルートのパスルート。</translation>
    </message>
    <message>
        <source>Kubernetes ingress annotations; some nginx snippets are restricted by Lagoon.</source>
        <translation>Kubernetes の Ingress アノテーション。一部の nginx スニペットは Lagoon によって制限されます。</translation>
    </message>
    <message>
        <source>Fastly service id.</source>
        <translation>Fastly のサービス ID。</translation>
    </message>
    <message>
        <source>Whether Fastly watches this route.</source>
        <translation>Fastly がこのルートを監視するかどうか。</translation>
    </message>
    <message>
        <source>Fastly CDN settings for this route.</source>
        <translation>このルートの Fastly CDN 設定。</translation>
    </message>
    <message>
        <source>A list of host names.</source>
        <translation>ホスト名の一覧。</translation>
    </message>
    <message>
        <source>Request a Let&apos;s Encrypt certificate for this route.</source>
        <translation>このルートの Let&apos;s Encrypt 証明書を要求します。</translation>
    </message>
    <message>
        <source>What plain HTTP does: Allow, or Redirect to HTTPS.</source>
        <translation>平文の HTTP の扱い: Allow（許可）または Redirect（HTTPS にリダイレクト）。</translation>
    </message>
    <message>
        <source>The path the uptime monitor checks.</source>
        <translation>稼働監視が確認するパス。</translation>
    </message>
    <message>
        <source>The ingress class for this route.</source>
        <translation>このルートの Ingress クラス。</translation>
    </message>
    <message>
        <source>Send a Strict-Transport-Security header.</source>
        <translation>Strict-Transport-Security ヘッダーを送信します。</translation>
    </message>
    <message>
        <source>HSTS max-age in seconds.</source>
        <translation>HSTS の max-age（秒）。</translation>
    </message>
    <message>
        <source>HSTS includeSubDomains.</source>
        <translation>HSTS の includeSubDomains。</translation>
    </message>
    <message>
        <source>HSTS preload.</source>
        <translation>HSTS の preload。</translation>
    </message>
    <message>
        <source>Also serve every subdomain (needs tls-acme: false).</source>
        <translation>すべてのサブドメインも処理します（tls-acme: false が必要です）。</translation>
    </message>
    <message>
        <source>With wildcard, also serve the domain itself.</source>
        <translation>wildcard の指定時に、ドメイン自体も処理します。</translation>
    </message>
    <message>
        <source>Turn off the request verification of the idler.</source>
        <translation>アイドラーのリクエスト検証を無効にします。</translation>
    </message>
    <message>
        <source>Set by Lagoon on active/standby routes.</source>
        <translation>アクティブ/スタンバイのルートに Lagoon が設定します。</translation>
    </message>
    <message>
        <source>Options of one route.</source>
        <translation>1 つのルートのオプション。</translation>
    </message>
    <message>
        <source>Use hstsEnabled, hstsMaxAge, hstsIncludeSubdomains and hstsPreload.</source>
        <translation>hstsEnabled、hstsMaxAge、hstsIncludeSubdomains、hstsPreload を使ってください。</translation>
    </message>
    <message>
        <source>A domain, optionally with options: `- example.com` or `- example.com: {tls-acme: true}`.</source>
        <translation>ドメイン（オプション付きも可）: `- example.com` または `- example.com: {tls-acme: true}`。</translation>
    </message>
    <message>
        <source>The domains this service answers.</source>
        <translation>このサービスが応答するドメイン。</translation>
    </message>
    <message>
        <source>A service (compose name or lagoon.name) and its domains.</source>
        <translation>サービス（compose での名前または lagoon.name）とそのドメイン。</translation>
    </message>
    <message>
        <source>Custom routes of this environment, by service.</source>
        <translation>この環境のカスタムルート（サービスごと）。</translation>
    </message>
    <message>
        <source>A name, unique in the environment.</source>
        <translation>環境内で一意の名前。</translation>
    </message>
    <message>
        <source>Five cron fields; M and H pick a stable random minute/hour.</source>
        <translation>cron の 5 つのフィールド。M と H は固定のランダムな分/時になります。</translation>
    </message>
    <message>
        <source>One line, run with sh in the service&apos;s container.</source>
        <translation>1 行のコマンド。サービスのコンテナー内で sh によって実行されます。</translation>
    </message>
    <message>
        <source>The compose service to run in.</source>
        <translation>実行先の compose サービス。</translation>
    </message>
    <message>
        <source>Force running inside the service&apos;s pod (else chosen by frequency).</source>
        <translation>サービスの Pod 内で実行させます（指定しない場合は実行頻度で決まります）。</translation>
    </message>
    <message>
        <source>A Go duration, at most 24h.</source>
        <translation>Go の時間表記（最大 24h）。</translation>
    </message>
    <message>
        <source>A scheduled command.</source>
        <translation>スケジュール実行するコマンド。</translation>
    </message>
    <message>
        <source>Service type overrides for this environment: service → lagoon.type.</source>
        <translation>この環境でのサービスタイプの上書き: サービス → lagoon.type。</translation>
    </message>
    <message>
        <source>Dockerfile to build instead.</source>
        <translation>代わりにビルドする Dockerfile。</translation>
    </message>
    <message>
        <source>Build context to use instead.</source>
        <translation>代わりに使うビルドコンテキスト。</translation>
    </message>
    <message>
        <source>Build overrides.</source>
        <translation>ビルドの上書き。</translation>
    </message>
    <message>
        <source>Image to pull instead of building.</source>
        <translation>ビルドせずにプルするイメージ。</translation>
    </message>
    <message>
        <source>Overrides for one service.</source>
        <translation>1 つのサービスの上書き。</translation>
    </message>
    <message>
        <source>Per-service build or image overrides for this environment.</source>
        <translation>この環境でのサービスごとのビルドまたはイメージの上書き。</translation>
    </message>
    <message>
        <source>Turn autogenerated routes on or off for this environment.</source>
        <translation>この環境で自動生成ルートを有効または無効にします。</translation>
    </message>
    <message>
        <source>Settings for one environment (branch).</source>
        <translation>1 つの環境（ブランチ）の設定。</translation>
    </message>
    <message>
        <source>Lagoon no longer reads rollouts.</source>
        <translation>Lagoon は rollouts を読み込まなくなりました。</translation>
    </message>
    <message>
        <source>Lagoon no longer reads templates.</source>
        <translation>Lagoon は templates を読み込まなくなりました。</translation>
    </message>
    <message>
        <source>Use monitoring-path on a route.</source>
        <translation>ルートの monitoring-path を使ってください。</translation>
    </message>
    <message>
        <source>Per-environment settings, keyed by branch name.</source>
        <translation>環境ごとの設定（キーはブランチ名）。</translation>
    </message>
    <message>
        <source>Create autogenerated routes.</source>
        <translation>自動生成ルートを作成します。</translation>
    </message>
    <message>
        <source>Autogenerated routes for pull request environments.</source>
        <translation>プルリクエスト環境の自動生成ルート。</translation>
    </message>
    <message>
        <source>Allow or Redirect plain HTTP on autogenerated routes.</source>
        <translation>自動生成ルートでの平文の HTTP の扱い: Allow または Redirect。</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt for autogenerated routes.</source>
        <translation>自動生成ルートで Let&apos;s Encrypt を使います。</translation>
    </message>
    <message>
        <source>Ingress class of autogenerated routes.</source>
        <translation>自動生成ルートの Ingress クラス。</translation>
    </message>
    <message>
        <source>Turn off request verification on autogenerated routes.</source>
        <translation>自動生成ルートでリクエスト検証を無効にします。</translation>
    </message>
    <message>
        <source>Prefixes that become extra host names (www → www.&lt;route&gt;).</source>
        <translation>追加のホスト名になるプレフィックス（www → www.&lt;route&gt;）。</translation>
    </message>
    <message>
        <source>The routes Lagoon generates for each web service.</source>
        <translation>Lagoon が各 Web サービスに生成するルート。</translation>
    </message>
    <message>
        <source>Use routes.autogenerate.insecure.</source>
        <translation>routes.autogenerate.insecure を使ってください。</translation>
    </message>
    <message>
        <source>Route settings for all environments.</source>
        <translation>すべての環境のルート設定。</translation>
    </message>
    <message>
        <source>Routes that move with the active/standby switch.</source>
        <translation>アクティブ/スタンバイの切り替えに合わせて移るルート。</translation>
    </message>
    <message>
        <source>Active/standby production routes.</source>
        <translation>アクティブ/スタンバイの本番ルート。</translation>
    </message>
    <message>
        <source>Shown in the build log; same-named tasks merge with overrides.</source>
        <translation>ビルドログに表示されます。上書き設定に同じ名前のタスクがあればマージされます。</translation>
    </message>
    <message>
        <source>Run as &lt;shell&gt; -c &quot;&lt;command&gt;&quot;; may be several lines.</source>
        <translation>&lt;shell&gt; -c &quot;&lt;command&gt;&quot; として実行されます。複数行にできます。</translation>
    </message>
    <message>
        <source>The service whose pod runs the task (required in practice).</source>
        <translation>タスクを実行する Pod のサービス（実質的に必須）。</translation>
    </message>
    <message>
        <source>The container in that pod, e.g. php in nginx-php.</source>
        <translation>その Pod 内のコンテナー（例: nginx-php の php）。</translation>
    </message>
    <message>
        <source>The shell.</source>
        <translation>シェル。</translation>
    </message>
    <message>
        <source>A condition over build variables; the task is skipped when false.</source>
        <translation>ビルド変数に対する条件。false の場合、タスクはスキップされます。</translation>
    </message>
    <message>
        <source>Order after override merging.</source>
        <translation>上書き設定をマージした後の順序。</translation>
    </message>
    <message>
        <source>Pre-rollout: fail if the environment cannot be woken up.</source>
        <translation>pre-rollout: 環境をスリープから復帰できない場合は失敗します。</translation>
    </message>
    <message>
        <source>Seconds between checks while scaling up.</source>
        <translation>スケールアップ中の確認間隔（秒）。</translation>
    </message>
    <message>
        <source>Checks while scaling up.</source>
        <translation>スケールアップ中の確認回数。</translation>
    </message>
    <message>
        <source>A command run in a service&apos;s container during the rollout.</source>
        <translation>ロールアウト中にサービスのコンテナーで実行するコマンド。</translation>
    </message>
    <message>
        <source>A task.</source>
        <translation>タスク。</translation>
    </message>
    <message>
        <source>Tasks in order.</source>
        <translation>順番に実行するタスク。</translation>
    </message>
    <message>
        <source>Tasks run before and after the rollout.</source>
        <translation>ロールアウトの前後に実行するタスク。</translation>
    </message>
    <message>
        <source>Hourly backups kept.</source>
        <translation>保持する毎時バックアップの数。</translation>
    </message>
    <message>
        <source>Daily backups kept.</source>
        <translation>保持する毎日バックアップの数。</translation>
    </message>
    <message>
        <source>Weekly backups kept.</source>
        <translation>保持する毎週バックアップの数。</translation>
    </message>
    <message>
        <source>Monthly backups kept.</source>
        <translation>保持する毎月バックアップの数。</translation>
    </message>
    <message>
        <source>Backup retention of production environments.</source>
        <translation>本番環境のバックアップの保持数。</translation>
    </message>
    <message>
        <source>How many backups are kept.</source>
        <translation>保持するバックアップの数。</translation>
    </message>
    <message>
        <source>Backup schedule of production environments (cron, M/H allowed).</source>
        <translation>本番環境のバックアップスケジュール（cron 形式、M/H を使用可）。</translation>
    </message>
    <message>
        <source>When backups run.</source>
        <translation>バックアップを実行する時刻。</translation>
    </message>
    <message>
        <source>User name for the registry.</source>
        <translation>レジストリのユーザー名。</translation>
    </message>
    <message>
        <source>Password, or the name of an API variable holding it.</source>
        <translation>パスワード、またはパスワードを格納した API 変数の名前。</translation>
    </message>
    <message>
        <source>Registry host; empty is Docker Hub.</source>
        <translation>レジストリのホスト。空の場合は Docker Hub です。</translation>
    </message>
    <message>
        <source>Credentials for a private container registry.</source>
        <translation>プライベートコンテナーレジストリの認証情報。</translation>
    </message>
    <message>
        <source>Private container registries, by name.</source>
        <translation>プライベートコンテナーレジストリ（名前ごと）。</translation>
    </message>
    <message>
        <source>Inject the commit as LAGOON_GIT_SHA.</source>
        <translation>コミットを LAGOON_GIT_SHA として注入します。</translation>
    </message>
    <message>
        <source>Variables Lagoon injects.</source>
        <translation>Lagoon が注入する変数。</translation>
    </message>
    <message>
        <source>Repository URL.</source>
        <translation>リポジトリの URL。</translation>
    </message>
    <message>
        <source>A git repository.</source>
        <translation>git リポジトリ。</translation>
    </message>
    <message>
        <source>Git repositories the build may clone.</source>
        <translation>ビルドがクローンできる git リポジトリ。</translation>
    </message>
    <message>
        <source>The compose file Lagoon reads, relative to the repository root.</source>
        <translation>Lagoon が読み込む compose ファイル（リポジトリのルートからの相対パス）。</translation>
    </message>
    <message>
        <source>The Lagoon API address, read by the Lagoon CLI and drush.</source>
        <translation>Lagoon API のアドレス。Lagoon CLI と drush が読み込みます。</translation>
    </message>
    <message>
        <source>The Lagoon SSH endpoint, read by the Lagoon CLI and drush.</source>
        <translation>Lagoon の SSH エンドポイント。Lagoon CLI と drush が読み込みます。</translation>
    </message>
    <message>
        <source>Configuration of lagoon-sync.</source>
        <translation>lagoon-sync の設定。</translation>
    </message>
    <message>
        <source>Read by lagoon-sync.</source>
        <translation>lagoon-sync が読み込みます。</translation>
    </message>
    <message>
        <source>The Lagoon configuration of a project.</source>
        <translation>プロジェクトの Lagoon の設定。</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>マッピング</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>a text value</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>true or false (or &quot;true&quot;/&quot;false&quot;)</source>
        <translation>true または false（または &quot;true&quot;/&quot;false&quot;）</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a domain, or a domain with options</source>
        <translation>ドメイン、またはオプション付きのドメイン</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>任意の値</translation>
    </message>
    <message>
        <source>Cronjobs of this environment.</source>
        <translation>この環境の cronjob。</translation>
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
<context>
    <name>Lagoon::YamlDocument</name>
    <message>
        <source>A second YAML document starts here; only the first one is read</source>
        <translation>ここから 2 つ目の YAML ドキュメントが始まっています。読み込まれるのは最初のドキュメントだけです</translation>
    </message>
    <message>
        <source>Lagoon reads one document per file: remove the extra &quot;---&quot; and everything after it, or merge the documents.</source>
        <translation>Lagoon は 1 つのファイルから 1 つのドキュメントしか読み込みません。余分な &quot;---&quot; とそれ以降をすべて削除するか、ドキュメントを 1 つにまとめてください。</translation>
    </message>
    <message>
        <source>The file is %1, more than the %2 read as YAML; it was not read</source>
        <translation>ファイルのサイズが %1 で、YAML として読み込める上限の %2 を超えているため、読み込みませんでした</translation>
    </message>
    <message>
        <source>Lagoon configuration files are a few kilobytes; check that this is the file you meant.</source>
        <translation>Lagoon の設定ファイルは数 KB 程度です。意図したファイルかどうか確認してください。</translation>
    </message>
    <message>
        <source>The file contains binary data (a NUL byte), not YAML text</source>
        <translation>ファイルに YAML のテキストではなくバイナリデータ（NUL バイト）が含まれています</translation>
    </message>
    <message>
        <source>YAML files are text; a NUL byte often means the file is UTF-16 encoded or not a YAML file at all.</source>
        <translation>YAML ファイルはテキストです。NUL バイトがある場合、多くはファイルが UTF-16 でエンコードされているか、そもそも YAML ファイルではありません。</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (byte 0x%1)</source>
        <translation>ファイルは正しい UTF-8 ではありません（バイト 0x%1）</translation>
    </message>
    <message>
        <source>Save the file with UTF-8 encoding.</source>
        <translation>ファイルを UTF-8 エンコーディングで保存してください。</translation>
    </message>
    <message>
        <source>Not valid YAML: %1</source>
        <translation>正しい YAML ではありません: %1</translation>
    </message>
    <message>
        <source>Nested more than %1 levels deep; the file was not read</source>
        <translation>入れ子が %1 階層を超えているため、ファイルを読み込みませんでした</translation>
    </message>
    <message>
        <source>Lagoon files need a handful of levels; this looks like generated or damaged YAML, such as brackets that are opened but never closed.</source>
        <translation>Lagoon のファイルに必要な階層はわずかです。生成された YAML か、開いた括弧が閉じられていないなどの壊れた YAML のようです。</translation>
    </message>
    <message>
        <source>More than %1 YAML values; the file was not read</source>
        <translation>YAML の値が %1 個を超えているため、ファイルを読み込みませんでした</translation>
    </message>
    <message>
        <source>The alias *%1 is inside the node it refers to</source>
        <translation>エイリアス *%1 が参照先のノードの内部にあります</translation>
    </message>
    <message>
        <source>An alias can only repeat a node that is complete; this one would repeat itself forever.</source>
        <translation>エイリアスで繰り返せるのは完結したノードだけです。このエイリアスは自分自身を無限に繰り返してしまいます。</translation>
    </message>
    <message>
        <source>Expanding the aliases would make more than %1 values</source>
        <translation>エイリアスを展開すると値が %1 個を超えます</translation>
    </message>
    <message>
        <source>Aliases of aliases multiply: each *alias repeats everything its anchor holds. This looks like an &quot;alias bomb&quot;.</source>
        <translation>エイリアスのエイリアスは倍々に増えます。*エイリアスはそれぞれ、アンカーの内容をすべて繰り返します。これは &quot;alias bomb&quot;（エイリアス爆弾）のようです。</translation>
    </message>
    <message>
        <source>mapping key &quot;&lt;&lt;&quot; already defined at line %1</source>
        <translation>マッピングキー &quot;&lt;&lt;&quot; は %1 行目ですでに定義されています（mapping key &quot;&lt;&lt;&quot; already defined at line %1）</translation>
    </message>
    <message>
        <source>Merge several maps with one key instead: &lt;&lt;: [*first, *second]. Lagoon&apos;s build warns about repeated merge keys.</source>
        <translation>代わりに 1 つのキーで複数のマップをマージしてください: &lt;&lt;: [*first, *second]。Lagoon のビルドはマージキーの重複を警告します。</translation>
    </message>
    <message>
        <source>Duplicate key &quot;%1&quot;, already defined at line %2, column %3</source>
        <translation>キー &quot;%1&quot; が重複しています（%2 行目の %3 列目で定義済み）</translation>
    </message>
    <message>
        <source>YAML tools disagree about which of the values counts; remove one of them.</source>
        <translation>どちらの値が有効になるかは YAML ツールによって異なります。どちらかを削除してください。</translation>
    </message>
    <message>
        <source>A tab is used for indentation</source>
        <translation>インデントにタブが使われています</translation>
    </message>
    <message>
        <source>YAML indentation must be spaces; Lagoon&apos;s parser rejects tabs here.</source>
        <translation>YAML のインデントは空白でなければなりません。Lagoon のパーサーはここでのタブを受け付けません。</translation>
    </message>
    <message>
        <source>Not enough memory to read this YAML file</source>
        <translation>この YAML ファイルを読み込むためのメモリが足りません</translation>
    </message>
    <message>
        <source>The YAML parser failed</source>
        <translation>YAML パーサーが失敗しました</translation>
    </message>
    <message>
        <source>Not valid YAML: the quoted text is never closed</source>
        <translation>正しい YAML ではありません: 引用符で囲まれたテキストが閉じられていません</translation>
    </message>
    <message>
        <source>The file contains the control character U+%1, which YAML does not allow</source>
        <translation>ファイルに YAML で使えない制御文字 U+%1 が含まれています</translation>
    </message>
    <message>
        <source>Remove it, or write it as an escape such as \x%1 inside double quotes.</source>
        <translation>削除するか、ダブルクォートの中で \x%1 のようなエスケープとして書いてください。</translation>
    </message>
    <message>
        <source>The file uses a lone carriage return (CR) as a line break</source>
        <translation>ファイルの改行に単独の CR（キャリッジリターン）が使われています</translation>
    </message>
    <message>
        <source>Save the file with LF (or CRLF) line endings.</source>
        <translation>改行コードを LF（または CRLF）にして保存してください。</translation>
    </message>
</context>
</TS>
