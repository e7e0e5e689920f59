<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Lagoon::Account</name>
    <message>
        <source>An account in the settings has an unknown sign-in method</source>
        <translation>設定内のアカウントのサインイン方法が不明です</translation>
    </message>
    <message>
        <source>An account in the settings has no id or API address</source>
        <translation>設定内のアカウントに ID または API アドレスがありません</translation>
    </message>
</context>
<context>
    <name>Lagoon::AccountForm</name>
    <message>
        <source>Enter the address of the Lagoon API, for example https://api.lagoon.example.com/graphql</source>
        <translation>Lagoon API のアドレスを入力してください（例: https://api.lagoon.example.com/graphql）</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 を問い合わせています…</translation>
    </message>
    <message>
        <source>Signing in was cancelled; nothing was saved.</source>
        <translation>サインインをキャンセルしました。何も保存していません。</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>%1 にサインイン</translation>
    </message>
    <message>
        <source>Add a Lagoon account</source>
        <translation>Lagoon アカウントを追加</translation>
    </message>
    <message>
        <source>&amp;API URL:</source>
        <translation>API URL(&amp;A):</translation>
    </message>
    <message>
        <source>https://api.lagoon.example.com/graphql</source>
        <translation>https://api.lagoon.example.com/graphql</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API URL</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>問い合わせ(&amp;L)</translation>
    </message>
    <message>
        <source>Ask the Lagoon at this address how to sign in</source>
        <translation>このアドレスの Lagoon にサインイン方法を問い合わせます</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Sign-in se&amp;rver:</source>
        <translation>サインインサーバー(&amp;R):</translation>
    </message>
    <message>
        <source>https://keycloak.lagoon.example.com/auth</source>
        <translation>https://keycloak.lagoon.example.com/auth</translation>
    </message>
    <message>
        <source>Sign-in server</source>
        <translation>サインインサーバー</translation>
    </message>
    <message>
        <source>R&amp;ealm:</source>
        <translation>レルム(&amp;E):</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>レルム</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>クライアント(&amp;C):</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>SSH &amp;token service:</source>
        <translation>SSH トークンサービス(&amp;T):</translation>
    </message>
    <message>
        <source>ssh.lagoon.example.com</source>
        <translation>ssh.lagoon.example.com</translation>
    </message>
    <message>
        <source>SSH token service host</source>
        <translation>SSH トークンサービスのホスト</translation>
    </message>
    <message>
        <source>SSH token service port</source>
        <translation>SSH トークンサービスのポート</translation>
    </message>
    <message>
        <source>Sign in:</source>
        <translation>サインイン方法:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <source>Found a Lagoon; the sign-in details below come from it.</source>
        <translation>Lagoon が見つかりました。下のサインイン情報はそこから取得したものです。</translation>
    </message>
    <message>
        <source>Found Lagoon %1; the sign-in details below come from it.</source>
        <translation>Lagoon %1 が見つかりました。下のサインイン情報はそこから取得したものです。</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
</context>
<context>
    <name>Lagoon::AccountListModel</name>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>サインイン済み</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 としてサインイン済み</translation>
    </message>
    <message>
        <source>Token expired</source>
        <translation>トークンの有効期限切れ</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>サインアウト済み</translation>
    </message>
    <message>
        <source>Keychain locked</source>
        <translation>キーチェーンがロックされています</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>キーチェーンを使用できません</translation>
    </message>
    <message>
        <source>Expired: paste a new one or sign in</source>
        <translation>期限切れ: 新しいトークンを貼り付けるか、サインインしてください</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>有効期限なし</translation>
    </message>
    <message>
        <source>Renewed when next used</source>
        <translation>次回の使用時に更新</translation>
    </message>
    <message>
        <source>Expires in %1, then renewed</source>
        <translation>あと %1 で期限切れ（その後自動更新）</translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <translation>あと %1 で期限切れ</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（既定）</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>1 分未満</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
</context>
<context>
    <name>Lagoon::AccountSignIn</name>
    <message>
        <source>Signing in through the browser needs the address of the sign-in server</source>
        <translation>ブラウザーでサインインするには、サインインサーバーのアドレスが必要です</translation>
    </message>
    <message>
        <source>Signing in with an SSH key needs the host and port of the SSH token service</source>
        <translation>SSH 鍵でサインインするには、SSH トークンサービスのホストとポートが必要です</translation>
    </message>
    <message>
        <source>Lagoon refused the token</source>
        <translation>Lagoon がトークンを拒否しました</translation>
    </message>
    <message>
        <source>Signing in was cancelled</source>
        <translation>サインインがキャンセルされました</translation>
    </message>
</context>
<context>
    <name>Lagoon::AccountStore</name>
    <message>
        <source>The saved Lagoon accounts cannot be read</source>
        <translation>保存された Lagoon アカウントを読み込めません</translation>
    </message>
    <message>
        <source>The saved Lagoon accounts were written by a newer Lagoon Desktop</source>
        <translation>保存された Lagoon アカウントは新しいバージョンの Lagoon Desktop で書き込まれています</translation>
    </message>
    <message>
        <source>A saved Lagoon account appears twice</source>
        <translation>保存された Lagoon アカウントが重複しています</translation>
    </message>
    <message>
        <source>A Lagoon account needs an id and the address of its API</source>
        <translation>Lagoon アカウントには ID と API のアドレスが必要です</translation>
    </message>
</context>
<context>
    <name>Lagoon::AccountTokenProvider</name>
    <message>
        <source>This Lagoon account was closed</source>
        <translation>この Lagoon アカウントは閉じられました</translation>
    </message>
    <message>
        <source>The pasted token has expired: paste a new one or sign in</source>
        <translation>貼り付けたトークンの有効期限が切れました: 新しいトークンを貼り付けるか、サインインしてください</translation>
    </message>
    <message>
        <source>Lagoon refused the pasted token: paste a new one or sign in</source>
        <translation>Lagoon が貼り付けたトークンを拒否しました: 新しいトークンを貼り付けるか、サインインしてください</translation>
    </message>
    <message>
        <source>Your sign-in has expired: sign in again</source>
        <translation>サインインの有効期限が切れました: もう一度サインインしてください</translation>
    </message>
    <message>
        <source>This account has no sign-in server to renew its token: sign in again</source>
        <translation>このアカウントにはトークンを更新するためのサインインサーバーがありません: もう一度サインインしてください</translation>
    </message>
    <message>
        <source>You are not signed in to this Lagoon account: sign in first</source>
        <translation>この Lagoon アカウントにサインインしていません: 先にサインインしてください</translation>
    </message>
</context>
<context>
    <name>Lagoon::AccountsDialog</name>
    <message>
        <source>Signed in to %1.</source>
        <translation>%1 にサインインしました。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>%1 に %2 としてサインインしました。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n account(s) from lagoon-cli.</source>
        <translation>
            <numerusform>lagoon-cli から %n 件のアカウントをインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed out of %1; its token was removed from the keychain.</source>
        <translation>%1 からサインアウトしました。トークンはキーチェーンから削除しました。</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>アカウントの削除</translation>
    </message>
    <message>
        <source>Remove the account %1?</source>
        <translation>アカウント %1 を削除しますか？</translation>
    </message>
    <message>
        <source>Its token is removed from the keychain. Lagoon itself is not changed.</source>
        <translation>トークンはキーチェーンから削除されます。Lagoon 側は変更されません。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>%1 was removed, but its token could not be removed from the keychain: %2</source>
        <translation>%1 を削除しましたが、トークンをキーチェーンから削除できませんでした: %2</translation>
    </message>
    <message>
        <source>Lagoon Accounts</source>
        <translation>Lagoon アカウント</translation>
    </message>
    <message>
        <source>The Lagoons you work with. Their tokens are kept in your system&apos;s keychain, never in settings files.</source>
        <translation>利用する Lagoon の一覧です。トークンはシステムのキーチェーンに保管し、設定ファイルには保存しません。</translation>
    </message>
    <message>
        <source>Lagoon accounts</source>
        <translation>Lagoon アカウント</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>サインイン(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>Use by &amp;Default</source>
        <translation>既定にする(&amp;D)</translation>
    </message>
    <message>
        <source>Connect to this account now and when Lagoon Desktop starts</source>
        <translation>今すぐ、そして Lagoon Desktop の起動時にこのアカウントに接続します</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import from lagoon-cli…</source>
        <translation>lagoon-cli からインポート(&amp;I)…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 contexts from lagoon-cli as %n account(s): contexts with the same API URL share one.</source>
        <translation>
            <numerusform>lagoon-cli の %1 個のコンテキストを %n 個のアカウントとして取り込みました。API URL が同じコンテキストは 1 つのアカウントを共有します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::AreaNavigator</name>
    <message>
        <source>&amp;Go To</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation>エディター(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>問題(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Local Stack</source>
        <translation>ローカルスタック(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Deployments</source>
        <translation>デプロイ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Rollouts</source>
        <translation>ロールアウト(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next Area</source>
        <translation>次の領域(&amp;N)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Area</source>
        <translation>前の領域(&amp;V)</translation>
    </message>
</context>
<context>
    <name>Lagoon::AutogenerateSection</name>
    <message>
        <source>Autogenerated routes</source>
        <translation>自動生成ルート</translation>
    </message>
    <message>
        <source>for every environment; an environment can turn them off</source>
        <translation>すべての環境に適用（環境ごとに無効化できます）</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 を変更</translation>
    </message>
    <message>
        <source>Create a route for every web service</source>
        <translation>すべての Web サービスにルートを作成する</translation>
    </message>
    <message>
        <source>Also for pull request environments</source>
        <translation>プルリクエスト環境にも適用する</translation>
    </message>
    <message>
        <source>Request Let&apos;s Encrypt certificates</source>
        <translation>Let&apos;s Encrypt 証明書を要求する</translation>
    </message>
    <message>
        <source>Turn off the idler&apos;s request verification</source>
        <translation>アイドラーのリクエスト検証を無効にする</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>既定（%1）</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Allow</translation>
    </message>
    <message>
        <source>Redirect to HTTPS</source>
        <translation>Redirect（HTTPS にリダイレクト）</translation>
    </message>
    <message>
        <source>&amp;Plain HTTP:</source>
        <translation>平文 HTTP(&amp;P):</translation>
    </message>
    <message>
        <source>Change plain HTTP</source>
        <translation>平文 HTTP の設定を変更</translation>
    </message>
    <message>
        <source>e.g. www, en</source>
        <translation>例: www, en</translation>
    </message>
    <message>
        <source>P&amp;refixes:</source>
        <translation>プレフィックス(&amp;R):</translation>
    </message>
    <message>
        <source>Change route prefixes</source>
        <translation>ルートのプレフィックスを変更</translation>
    </message>
    <message>
        <source>the cluster&apos;s default</source>
        <translation>クラスターの既定値</translation>
    </message>
    <message>
        <source>&amp;Ingress class:</source>
        <translation>Ingress クラス(&amp;I):</translation>
    </message>
    <message>
        <source>Change ingress class</source>
        <translation>Ingress クラスを変更</translation>
    </message>
</context>
<context>
    <name>Lagoon::BackupsSection</name>
    <message>
        <source>Backups kept</source>
        <translation>保持するバックアップ</translation>
    </message>
    <message>
        <source>production environments</source>
        <translation>本番環境</translation>
    </message>
    <message>
        <source>&amp;Hourly:</source>
        <translation>毎時(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Daily:</source>
        <translation>毎日(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Weekly:</source>
        <translation>毎週(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Monthly:</source>
        <translation>毎月(&amp;M):</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>既定（%1）</translation>
    </message>
    <message>
        <source>Change backup retention</source>
        <translation>バックアップの保持数を変更</translation>
    </message>
    <message>
        <source>Backup schedule</source>
        <translation>バックアップのスケジュール</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>スケジュール(&amp;S):</translation>
    </message>
    <message>
        <source>Change backup schedule</source>
        <translation>バックアップのスケジュールを変更</translation>
    </message>
</context>
<context>
    <name>Lagoon::BadgeLabel</name>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Status badge</source>
        <translation>ステータスバッジ</translation>
    </message>
</context>
<context>
    <name>Lagoon::BrowserLogin</name>
    <message>
        <source>The sign-in server&apos;s answer holds no access token</source>
        <translation>サインインサーバーの応答にアクセストークンが含まれていません</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in in the browser did not finish within %n minute(s)</source>
        <translation>
            <numerusform>ブラウザーでのサインインが %n 分以内に完了しませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in in the browser did not finish in time</source>
        <translation>ブラウザーでのサインインが時間内に完了しませんでした</translation>
    </message>
    <message>
        <source>This account has no sign-in server: add its Keycloak address first</source>
        <translation>このアカウントにはサインインサーバーがありません: 先に Keycloak のアドレスを追加してください</translation>
    </message>
    <message>
        <source>Cannot open a local port to receive the sign-in from the browser</source>
        <translation>ブラウザーからサインインを受け取るためのローカルポートを開けません</translation>
    </message>
    <message>
        <source>Lagoon Desktop received your sign-in. You can close this tab and go back to the app.</source>
        <translation>Lagoon Desktop がサインインを受け取りました。このタブを閉じてアプリに戻ってください。</translation>
    </message>
    <message>
        <source>The browser returned a sign-in that this app did not start (state mismatch). Start the sign-in again.</source>
        <translation>ブラウザーから、このアプリが開始していないサインインが返されました（state の不一致）。もう一度サインインを開始してください。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled or refused in the browser</source>
        <translation>ブラウザーでサインインがキャンセルまたは拒否されました</translation>
    </message>
    <message>
        <source>The sign-in server refused the sign-in: %1</source>
        <translation>サインインサーバーがサインインを拒否しました: %1</translation>
    </message>
    <message>
        <source>The browser returned no sign-in code. Start the sign-in again.</source>
        <translation>ブラウザーからサインインコードが返されませんでした。もう一度サインインを開始してください。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled</source>
        <translation>サインインがキャンセルされました</translation>
    </message>
</context>
<context>
    <name>Lagoon::BuildVariablesEditor</name>
    <message>
        <source>&amp;Add Variable</source>
        <translation>変数を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Build variables</source>
        <translation>ビルド変数</translation>
    </message>
    <message>
        <source>Variables that exist for this build only</source>
        <translation>このビルドでのみ有効な変数</translation>
    </message>
    <message>
        <source>Adds a build variable</source>
        <translation>ビルド変数を追加します</translation>
    </message>
    <message>
        <source>Removes the selected build variables</source>
        <translation>選択したビルド変数を削除します</translation>
    </message>
    <message>
        <source>“%1” cannot be a variable name: use letters, digits and _.</source>
        <translation>“%1” は変数名に使えません。英字、数字、_ を使ってください。</translation>
    </message>
    <message>
        <source>The build variable %1 is given twice.</source>
        <translation>ビルド変数 %1 が 2 回指定されています。</translation>
    </message>
</context>
<context>
    <name>Lagoon::Cli::AccountsCommand</name>
    <message>
        <source>signed in</source>
        <translation>サインイン済み</translation>
    </message>
    <message>
        <source>signed in (token renews on use)</source>
        <translation>サインイン済み（トークンは使用時に更新）</translation>
    </message>
    <message>
        <source>expired: sign in again</source>
        <translation>期限切れ: もう一度サインインしてください</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>サインアウト済み</translation>
    </message>
    <message>
        <source>unknown (keychain unavailable)</source>
        <translation>不明（キーチェーンを使用できません）</translation>
    </message>
    <message>
        <source>browser</source>
        <translation>ブラウザー</translation>
    </message>
    <message>
        <source>SSH key</source>
        <translation>SSH 鍵</translation>
    </message>
    <message>
        <source>token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>List, import (from lagoon-cli) and remove Lagoon accounts</source>
        <translation>Lagoon アカウントの一覧表示、（lagoon-cli からの）インポート、削除を行います</translation>
    </message>
    <message>
        <source>import-lagoon-cli or remove (default: list).</source>
        <translation>import-lagoon-cli または remove（既定: 一覧）。</translation>
    </message>
    <message>
        <source>list: print JSON instead of text.</source>
        <translation>一覧: テキストの代わりに JSON を出力します。</translation>
    </message>
    <message>
        <source>import-lagoon-cli: copy the contexts&apos; tokens into the keychain too (lagoon-cli keeps its copy).</source>
        <translation>import-lagoon-cli: コンテキストのトークンもキーチェーンにコピーします（lagoon-cli 側の複製はそのまま残ります）。</translation>
    </message>
    <message>
        <source>import-lagoon-cli: lagoon-cli&apos;s configuration (default: ~/.lagoon.yml).</source>
        <translation>import-lagoon-cli: lagoon-cli の設定ファイル（既定: ~/.lagoon.yml）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>accounts takes no further arguments.</source>
        <translation>accounts にはこれ以上の引数を指定できません。</translation>
    </message>
    <message>
        <source>Usage: lagoon-desktop-cli accounts remove NAME</source>
        <translation>使い方: lagoon-desktop-cli accounts remove NAME</translation>
    </message>
    <message>
        <source>Unknown accounts action &apos;%1&apos;: use import-lagoon-cli or remove.</source>
        <translation>不明な accounts の操作 &apos;%1&apos; です: import-lagoon-cli または remove を使ってください。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>SIGN-IN</source>
        <translation>サインイン方法</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>TOKEN EXPIRES</source>
        <translation>トークン有効期限</translation>
    </message>
    <message>
        <source>There are no Lagoon accounts yet: add one with &apos;lagoon-desktop-cli login --api URL&apos; or &apos;lagoon-desktop-cli accounts import-lagoon-cli&apos;.</source>
        <translation>Lagoon アカウントはまだありません: &apos;lagoon-desktop-cli login --api URL&apos; または &apos;lagoon-desktop-cli accounts import-lagoon-cli&apos; で追加してください。</translation>
    </message>
    <message>
        <source>%1: not imported:</source>
        <translation>%1: インポートしませんでした:</translation>
    </message>
    <message>
        <source>%1: imported as the account %2 (%3), signed in with its token.</source>
        <translation>%1: アカウント %2（%3）としてインポートし、そのトークンでサインインしました。</translation>
    </message>
    <message>
        <source>%1: imported as the account %2 (%3).</source>
        <translation>%1: アカウント %2（%3）としてインポートしました。</translation>
    </message>
    <message>
        <source>Removed the account %1, but not its sign-in:</source>
        <translation>アカウント %1 を削除しましたが、サインイン情報は削除できませんでした:</translation>
    </message>
    <message>
        <source>Removed the account %1 and its sign-in.</source>
        <translation>アカウント %1 とそのサインイン情報を削除しました。</translation>
    </message>
    <message>
        <source>The Lagoon accounts Lagoon Desktop and its CLI share.

  accounts                        each account, whether it is signed in, when its token expires
  accounts import-lagoon-cli [CONTEXT...]
                                  lagoon-cli&apos;s contexts (~/.lagoon.yml) as accounts
  accounts remove NAME            the account, its sign-in and its cached data

Exit codes: 0 done, 1 the keychain or an import failed, 2 wrong usage, an unknown account or context, or lagoon-cli&apos;s file cannot be read.</source>
        <translation>Lagoon Desktop とその CLI が共有する Lagoon アカウントです。

  accounts                        各アカウントとそのサインイン状態、トークンの有効期限
  accounts import-lagoon-cli [CONTEXT...]
                                  lagoon-cli のコンテキスト（~/.lagoon.yml）をアカウントとして取り込む
  accounts remove NAME            アカウントとそのサインイン、キャッシュしたデータを削除

終了コード: 0 完了、1 キーチェーンまたは取り込みの失敗、2 使い方の誤り、不明なアカウントまたはコンテキスト、または lagoon-cli のファイルを読めない。</translation>
    </message>
    <message>
        <source>lagoon-cli has no context named %1 (it has: %2).</source>
        <translation>lagoon-cli に %1 という名前のコンテキストはありません（あるのは %2 です）。</translation>
    </message>
    <message>
        <source>%1: merged into the account %2 (%3), which has the same API URL; signed in with its token.</source>
        <translation>%1: API URL が同じアカウント %2（%3）に統合し、そのトークンでサインインしました。</translation>
    </message>
    <message>
        <source>%1: merged into the account %2 (%3), which has the same API URL.</source>
        <translation>%1: API URL が同じアカウント %2（%3）に統合しました。</translation>
    </message>
</context>
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
    <name>Lagoon::Cli::DeployCommand</name>
    <message>
        <source>Lagoon does not list the environment %1 of %2.</source>
        <translation>Lagoon には %2 の環境 %1 がありません。</translation>
    </message>
    <message>
        <source>, with warnings</source>
        <translation>（警告あり）</translation>
    </message>
    <message>
        <source>Following %1 on %2/%3 (Ctrl+C stops following; the build goes on).</source>
        <translation>%2/%3 の %1 を追従しています（Ctrl+C で追従を停止します。ビルドは続行されます）。</translation>
    </message>
    <message>
        <source>Stopped following. The build %1 goes on in Lagoon; nothing was cancelled.</source>
        <translation>追従を停止しました。ビルド %1 は Lagoon で続行中です。何もキャンセルしていません。</translation>
    </message>
    <message>
        <source>%1 completed with warnings.</source>
        <translation>%1 は完了しました（警告あり）。</translation>
    </message>
    <message>
        <source>%1 completed.</source>
        <translation>%1 は完了しました。</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 は失敗しました。</translation>
    </message>
    <message>
        <source>%1 failed at %2.</source>
        <translation>%1 は %2 で失敗しました。</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 はキャンセルされました。</translation>
    </message>
    <message>
        <source>%1 ended in an unknown state.</source>
        <translation>%1 は不明な状態で終了しました。</translation>
    </message>
    <message>
        <source>Deploy a branch or environment to Lagoon and optionally follow the build</source>
        <translation>ブランチまたは環境を Lagoon にデプロイし、必要に応じてビルドを追従します</translation>
    </message>
    <message>
        <source>--branch deploys a branch (creating its environment when new); --environment deploys an existing environment&apos;s latest; --commit deploys that commit of the branch (the environment&apos;s branch) again.
Exit codes: 0 started (or, with --follow, completed), 1 Lagoon refused, or the build failed or was cancelled, 2 wrong usage, 3 completed with warnings, 130 stopped following with Ctrl+C (the build goes on: following is not cancelling).</source>
        <translation>--branch はブランチをデプロイします（新しいブランチなら環境を作成します）。--environment は既存の環境の最新コミットをデプロイします。--commit はブランチ（その環境のブランチ）の指定したコミットを再デプロイします。
終了コード: 0 開始（--follow 指定時は完了）、1 Lagoon による拒否、またはビルドの失敗・キャンセル、2 使い方の誤り、3 完了（警告あり）、130 Ctrl+C で追従を停止（ビルドは続行されます。追従の停止はキャンセルではありません）。</translation>
    </message>
    <message>
        <source>The Lagoon project.</source>
        <translation>Lagoon プロジェクト。</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJECT</translation>
    </message>
    <message>
        <source>The branch to deploy.</source>
        <translation>デプロイするブランチ。</translation>
    </message>
    <message>
        <source>BRANCH</source>
        <translation>BRANCH</translation>
    </message>
    <message>
        <source>The existing environment to deploy again.</source>
        <translation>再デプロイする既存の環境。</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENVIRONMENT</translation>
    </message>
    <message>
        <source>Deploy this commit of the branch.</source>
        <translation>ブランチのこのコミットをデプロイします。</translation>
    </message>
    <message>
        <source>SHA</source>
        <translation>SHA</translation>
    </message>
    <message>
        <source>A build variable for this deployment (repeatable).</source>
        <translation>このデプロイのビルド変数（複数回指定できます）。</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=VALUE</translation>
    </message>
    <message>
        <source>Follow the build and print each step as it completes.</source>
        <translation>ビルドを追従し、各ステップの完了時に表示します。</translation>
    </message>
    <message>
        <source>Usage: lagoon-desktop-cli deploy --project P (--branch B | --environment E) [--commit SHA] [--variable NAME=VALUE]... [--follow] [--account A] [--json]</source>
        <translation>使い方: lagoon-desktop-cli deploy --project P (--branch B | --environment E) [--commit SHA] [--variable NAME=VALUE]... [--follow] [--account A] [--json]</translation>
    </message>
    <message>
        <source>Lagoon started the deployment of %1/%2 but did not name the build (an older Lagoon); see &apos;lagoon-desktop-cli deployments %1 %2&apos;.</source>
        <translation>Lagoon は %1/%2 のデプロイを開始しましたが、ビルド名を返しませんでした（古い Lagoon です）。&apos;lagoon-desktop-cli deployments %1 %2&apos; で確認してください。</translation>
    </message>
</context>
<context>
    <name>Lagoon::Cli::DeploymentsCommand</name>
    <message>
        <source>List an environment&apos;s deployments: status, build step, start and duration</source>
        <translation>環境のデプロイ（状態、ビルドステップ、開始時刻、所要時間）を一覧表示します</translation>
    </message>
    <message>
        <source>The environment has no deployments yet.</source>
        <translation>この環境にはまだデプロイがありません。</translation>
    </message>
    <message>
        <source>DEPLOYMENT</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Exit codes: 0 listed, 1 no such project or environment, or Lagoon refused or could not be reached (the last known list is printed, marked offline), 2 wrong usage.</source>
        <translation>終了コード: 0 一覧を表示、1 プロジェクトまたは環境がない、Lagoon が拒否した、または Lagoon に接続できない（最後に取得した一覧をオフラインと明記して表示）、2 使い方の誤り。</translation>
    </message>
    <message>
        <source>At most N deployments, newest first (default 20).</source>
        <translation>新しい順に最大 N 件のデプロイ（既定 20）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The Lagoon project.</source>
        <translation>Lagoon プロジェクト。</translation>
    </message>
    <message>
        <source>The environment (its name, e.g. main).</source>
        <translation>環境（名前。例: main）。</translation>
    </message>
    <message>
        <source>Usage: lagoon-desktop-cli deployments PROJECT ENVIRONMENT [--limit N] [--account NAME] [--json]</source>
        <translation>使い方: lagoon-desktop-cli deployments PROJECT ENVIRONMENT [--limit N] [--account NAME] [--json]</translation>
    </message>
    <message>
        <source>--limit takes a number of deployments (1 or more), not &apos;%1&apos;</source>
        <translation>--limit にはデプロイの件数（1 以上）を指定してください（&apos;%1&apos; ではありません）</translation>
    </message>
    <message>
        <source>Lagoon has no project %1, or this account may not see it.</source>
        <translation>Lagoon にプロジェクト %1 がないか、このアカウントでは参照できません。</translation>
    </message>
    <message>
        <source>The project %1 has no environment %2.</source>
        <translation>プロジェクト %1 に環境 %2 はありません。</translation>
    </message>
</context>
<context>
    <name>Lagoon::Cli::EditCommand</name>
    <message>
        <source>Set a value in a YAML file, keeping its comments and formatting</source>
        <translation>YAML ファイル内の値を設定します（コメントと書式は保持されます）</translation>
    </message>
    <message>
        <source>Remove a key or list item from a YAML file, keeping the rest as written</source>
        <translation>YAML ファイルからキーまたはリスト項目を削除します（それ以外の部分は記述どおりに保持されます）</translation>
    </message>
    <message>
        <source>Write the file even if the edit adds errors.</source>
        <translation>編集によってエラーが増える場合でもファイルを書き込みます。</translation>
    </message>
    <message>
        <source>Print the edited file instead of writing it.</source>
        <translation>ファイルを書き込まずに、編集後の内容を出力します。</translation>
    </message>
    <message>
        <source>Write VALUE as a string (quoted if needed) instead of reading it as YAML.</source>
        <translation>VALUE を YAML として解釈せず、文字列として書き込みます（必要に応じて引用符で囲みます）。</translation>
    </message>
    <message>
        <source>The YAML file to edit.</source>
        <translation>編集する YAML ファイル。</translation>
    </message>
    <message>
        <source>Where the value is.</source>
        <translation>値の位置。</translation>
    </message>
    <message>
        <source>The new value, read as YAML (7, true, text, [a, b], {k: v}); text that is not YAML is written as a string.</source>
        <translation>新しい値。YAML として解釈します（7、true、text、[a, b]、{k: v}）。YAML として解釈できないテキストは文字列として書き込みます。</translation>
    </message>
    <message>
        <source>Usage: lagoon-desktop-cli set FILE PATH VALUE [--string] [--force] [--dry-run]</source>
        <translation>使い方: lagoon-desktop-cli set FILE PATH VALUE [--string] [--force] [--dry-run]</translation>
    </message>
    <message>
        <source>Usage: lagoon-desktop-cli unset FILE PATH [--force] [--dry-run]</source>
        <translation>使い方: lagoon-desktop-cli unset FILE PATH [--force] [--dry-run]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: nothing to remove: %2</source>
        <translation>%1: 削除する対象がありません: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not changed: the edit would add %n error(s). Use --force to write it anyway.</source>
        <translation>
            <numerusform>%1 は変更されていません: この編集によりエラーが %n 件増えます。それでも書き込むには --force を使用してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>PATH names the value: keys separated by dots, list items by index or by name in brackets, e.g. environments.main.cronjobs[drush cron].schedule or tasks.post-rollout[0].run.command. Keys with dots go in quotes: services.nginx.labels[&quot;lagoon.type&quot;]. A VALUE that starts with &apos;-&apos; goes after &apos;--&apos;: set FILE PATH -- -1.</source>
        <translation>PATH は値の場所です。キーはドットで区切り、リストの項目は角かっこ内にインデックスまたは名前で指定します（例: environments.main.cronjobs[drush cron].schedule、tasks.post-rollout[0].run.command）。ドットを含むキーは引用符で囲みます: services.nginx.labels[&quot;lagoon.type&quot;]。&apos;-&apos; で始まる VALUE は &apos;--&apos; の後に書きます: set FILE PATH -- -1。</translation>
    </message>
</context>
<context>
    <name>Lagoon::Cli::EnvironmentsCommand</name>
    <message>
        <source>List a Lagoon project&apos;s environments and their last deployment</source>
        <translation>Lagoon プロジェクトの環境と最新のデプロイを一覧表示します</translation>
    </message>
    <message>
        <source>Exit codes: 0 listed, 1 no such project, or Lagoon refused or could not be reached (the last known list is printed, marked offline), 2 wrong usage.</source>
        <translation>終了コード: 0 一覧を表示、1 プロジェクトがない、Lagoon が拒否した、または Lagoon に接続できない（最後に取得した一覧をオフラインと明記して表示）、2 使い方の誤り。</translation>
    </message>
    <message>
        <source>The Lagoon project.</source>
        <translation>Lagoon プロジェクト。</translation>
    </message>
    <message>
        <source>Usage: lagoon-desktop-cli environments PROJECT [--account NAME] [--json]</source>
        <translation>使い方: lagoon-desktop-cli environments PROJECT [--account NAME] [--json]</translation>
    </message>
    <message>
        <source>Lagoon has no project %1, or this account may not see it.</source>
        <translation>Lagoon にプロジェクト %1 がないか、このアカウントでは参照できません。</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>DEPLOY TYPE</source>
        <translation>デプロイ種別</translation>
    </message>
    <message>
        <source>ROUTE</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>LAST DEPLOYMENT</source>
        <translation>最新のデプロイ</translation>
    </message>
    <message>
        <source>The project %1 has no environments.</source>
        <translation>プロジェクト %1 には環境がありません。</translation>
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
    <name>Lagoon::Cli::LagoonAccess</name>
    <message>
        <source>The keychain did not confirm that it saved the renewed sign-in.</source>
        <translation>更新したサインイン情報をキーチェーンが保存したことを確認できませんでした。</translation>
    </message>
    <message>
        <source>There is no Lagoon account yet. Sign in first, for example: lagoon-desktop-cli login --api https://api.example.com/graphql --browser</source>
        <translation>Lagoon アカウントはまだありません。先にサインインしてください。例: lagoon-desktop-cli login --api https://api.example.com/graphql --browser</translation>
    </message>
    <message>
        <source>More than one account is called %1: name it by its id (see &apos;lagoon-desktop-cli accounts --json&apos;).</source>
        <translation>%1 という名前のアカウントが複数あります: ID で指定してください（&apos;lagoon-desktop-cli accounts --json&apos; を参照）。</translation>
    </message>
    <message>
        <source>There is no Lagoon account called %1 (see &apos;lagoon-desktop-cli accounts&apos;).</source>
        <translation>%1 という名前の Lagoon アカウントはありません（&apos;lagoon-desktop-cli accounts&apos; を参照）。</translation>
    </message>
    <message>
        <source>Sign in again: lagoon-desktop-cli login --account %1</source>
        <translation>もう一度サインインしてください: lagoon-desktop-cli login --account %1</translation>
    </message>
    <message>
        <source>The keychain did not keep the renewed sign-in (%1); the next command may ask you to sign in again.</source>
        <translation>更新したサインインをキーチェーンが保存しませんでした（%1）。次のコマンドで再度サインインを求められる場合があります。</translation>
    </message>
    <message>
        <source>The account (name or id; default: the default account).</source>
        <translation>アカウント（名前または ID。既定: 既定のアカウント）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>テキストの代わりに JSON を出力します。</translation>
    </message>
</context>
<context>
    <name>Lagoon::Cli::LoginCommand</name>
    <message>
        <source>Sign in to a Lagoon account (browser, SSH key or a token on stdin)</source>
        <translation>Lagoon アカウントにサインインします（ブラウザー、SSH 鍵、または標準入力のトークン）</translation>
    </message>
    <message>
        <source>With --api for a Lagoon that has no account yet, the account is added (its discovery document fills in the rest). Tokens are kept in the system keychain only.
Exit codes: 0 signed in, 1 the sign-in failed, 2 wrong usage.</source>
        <translation>まだアカウントのない Lagoon を --api で指定すると、アカウントを追加します（残りの情報は discovery ドキュメントから補います）。トークンはシステムのキーチェーンにのみ保管します。
終了コード: 0 サインイン完了、1 サインインの失敗、2 使い方の誤り。</translation>
    </message>
    <message>
        <source>The account (name or id; default: the default account, or for a new one the API&apos;s host).</source>
        <translation>アカウント（名前または ID。既定: 既定のアカウント。新しいアカウントでは API のホスト名）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The Lagoon API&apos;s GraphQL address, e.g. https://api.example.com/graphql.</source>
        <translation>Lagoon API の GraphQL アドレス（例: https://api.example.com/graphql）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Sign in in the web browser.</source>
        <translation>Web ブラウザーでサインインします。</translation>
    </message>
    <message>
        <source>--browser: only print the address, do not start a browser.</source>
        <translation>--browser: アドレスを表示するだけで、ブラウザーを起動しません。</translation>
    </message>
    <message>
        <source>--browser: seconds to wait for the browser (default 300).</source>
        <translation>--browser: ブラウザーを待つ秒数（既定 300）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Get a token from Lagoon&apos;s SSH token service.</source>
        <translation>Lagoon の SSH トークンサービスからトークンを取得します。</translation>
    </message>
    <message>
        <source>--ssh: the private key (default: ssh-agent and ssh&apos;s own keys).</source>
        <translation>--ssh: 秘密鍵（既定: ssh-agent と ssh 既定の鍵）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--ssh: the user of the SSH token service (default: lagoon).</source>
        <translation>--ssh: SSH トークンサービスのユーザー（既定: lagoon）。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Read a token from standard input and check it with Lagoon.</source>
        <translation>標準入力からトークンを読み取り、Lagoon で確認します。</translation>
    </message>
    <message>
        <source>login takes no arguments. A token is read from standard input with --token-stdin, never from the command line.</source>
        <translation>login には引数を指定できません。トークンは --token-stdin で標準入力から読み取ります。コマンドラインからは決して受け取りません。</translation>
    </message>
    <message>
        <source>Choose one way to sign in: --browser, --ssh or --token-stdin.</source>
        <translation>サインイン方法を 1 つだけ選んでください: --browser、--ssh、--token-stdin。</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds, not &apos;%1&apos;</source>
        <translation>--timeout には秒数を指定してください（&apos;%1&apos; ではありません）</translation>
    </message>
    <message>
        <source>No token on standard input: pipe it in, e.g. lagoon-desktop-cli login --token-stdin &lt; token.txt</source>
        <translation>標準入力にトークンがありません: パイプで渡してください。例: lagoon-desktop-cli login --token-stdin &lt; token.txt</translation>
    </message>
    <message>
        <source>Choose how to sign in: --browser, --ssh or --token-stdin.</source>
        <translation>サインイン方法を選んでください: --browser、--ssh、--token-stdin。</translation>
    </message>
    <message>
        <source>Open this address in your browser to sign in:</source>
        <translation>サインインするには、ブラウザーで次のアドレスを開いてください:</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the browser (at most %n second(s); Ctrl-C cancels)...</source>
        <translation>
            <numerusform>ブラウザーを待っています（最大 %n 秒。Ctrl-C で中止）...</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the SSH token service at %1:%2...</source>
        <translation>%1:%2 の SSH トークンサービスに問い合わせています...</translation>
    </message>
    <message>
        <source>Signing in to %1 failed:</source>
        <translation>%1 へのサインインに失敗しました:</translation>
    </message>
    <message>
        <source>Signed in to %1 (the token belongs to no user, like a legacy admin token).</source>
        <translation>%1 にサインインしました（このトークンはレガシーの管理者トークンのように、どのユーザーにも属していません）。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>%1 に %2 としてサインインしました。</translation>
    </message>
    <message>
        <source>The account %1 is for another API; the account for %2 is %3.</source>
        <translation>アカウント %1 は別の API のものです。%2 のアカウントは %3 です。</translation>
    </message>
    <message>
        <source>The account %1 is for another API (%2).</source>
        <translation>アカウント %1 は別の API（%2）のものです。</translation>
    </message>
    <message>
        <source>%1 publishes no discovery document (Lagoon before 2.18?): only its API address is known.</source>
        <translation>%1 は discovery ドキュメントを公開していません（Lagoon 2.18 より前？）: 分かっているのは API のアドレスだけです。</translation>
    </message>
    <message>
        <source>Paste the token and press Enter: </source>
        <translation>トークンを貼り付けて Enter を押してください: </translation>
    </message>
    <message>
        <source>--api takes the https:// address of a Lagoon API, e.g. https://api.example.com/graphql</source>
        <translation>--api には Lagoon API の https:// アドレスを指定します（例: https://api.example.com/graphql）</translation>
    </message>
</context>
<context>
    <name>Lagoon::Cli::LogoutCommand</name>
    <message>
        <source>Sign out of a Lagoon account: its tokens leave the keychain</source>
        <translation>Lagoon アカウントからサインアウトします（トークンをキーチェーンから削除します）</translation>
    </message>
    <message>
        <source>The account stays; &apos;accounts remove NAME&apos; removes it. Exit codes: 0 signed out, 1 the keychain refused, 2 wrong usage or no such account.</source>
        <translation>アカウントは残ります。削除するには &apos;accounts remove NAME&apos; を使います。終了コード: 0 サインアウト完了、1 キーチェーンが拒否、2 使い方の誤りまたはアカウントがない。</translation>
    </message>
    <message>
        <source>logout takes no arguments; use --account to choose the account.</source>
        <translation>logout には引数を指定できません。アカウントは --account で選んでください。</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>%1 からサインアウトしました。</translation>
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
    <name>Lagoon::Cli::ProjectsCommand</name>
    <message>
        <source>List the Lagoon projects an account may see</source>
        <translation>アカウントが参照できる Lagoon プロジェクトを一覧表示します</translation>
    </message>
    <message>
        <source>Exit codes: 0 listed, 1 Lagoon refused or could not be reached (the last known list is printed, marked offline), 2 wrong usage.</source>
        <translation>終了コード: 0 一覧を表示、1 Lagoon が拒否した、または Lagoon に接続できない（最後に取得した一覧をオフラインと明記して表示）、2 使い方の誤り。</translation>
    </message>
    <message>
        <source>projects takes no arguments; use --account to choose the account.</source>
        <translation>projects には引数を指定できません。アカウントは --account で選んでください。</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>本番環境</translation>
    </message>
    <message>
        <source>ENVIRONMENTS</source>
        <translation>環境数</translation>
    </message>
    <message>
        <source>GIT URL</source>
        <translation>Git URL</translation>
    </message>
    <message>
        <source>This account sees no projects.</source>
        <translation>このアカウントが参照できるプロジェクトはありません。</translation>
    </message>
</context>
<context>
    <name>Lagoon::Cli::RemoteOutput</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>(offline, as of %1) Lagoon did not answer: %2</source>
        <translation>（オフライン、%1 時点）Lagoon が応答しませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Lagoon::Cli::RolloutPrinter</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Rollout succeeded in %1.</source>
        <translation>ロールアウトは %1 で成功しました。</translation>
    </message>
    <message>
        <source>Rollout failed after %1: %2</source>
        <translation>ロールアウトは %1 後に失敗しました: %2</translation>
    </message>
    <message>
        <source>Rollout cancelled after %1.</source>
        <translation>ロールアウトは %1 後にキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>Lagoon::Cli::StackCommand</name>
    <message>
        <source>Run the project&apos;s local Docker stack: up, down, ps, logs, rollout</source>
        <translation>プロジェクトのローカル Docker スタックを実行します: up、down、ps、logs、rollout</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>問題: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>対処: %1</translation>
    </message>
    <message>
        <source>Runs the project&apos;s compose stack on the local Docker engine.

  up [DIR]           build what is missing and start the stack (--build: build first)
  down [DIR]         stop and remove the stack (-v: its volumes too)
  ps [DIR]           the services with state, health and URLs
  logs [SERVICE]     the logs of every service, or of one (--follow: keep streaming)
  rollout [DIR]      run the project like Lagoon: validate, build, up, wait, tasks

Exit codes: 0 done, 1 the command or rollout failed, 2 wrong usage or Docker not usable.</source>
        <translation>プロジェクトの compose スタックをローカルの Docker エンジンで実行します。

  up [DIR]           不足しているものをビルドしてスタックを起動します（--build: 先にビルド）
  down [DIR]         スタックを停止して削除します（-v: ボリュームも削除）
  ps [DIR]           サービスの状態、ヘルス、URL を表示します
  logs [SERVICE]     全サービスまたは 1 つのサービスのログを表示します（--follow: 表示し続ける）
  rollout [DIR]      Lagoon と同じようにプロジェクトを実行します: 検証、ビルド、起動、待機、タスク

終了コード: 0 完了、1 コマンドまたはロールアウトの失敗、2 使い方の誤りまたは Docker を使用できない。</translation>
    </message>
    <message>
        <source>up, down, ps, logs or rollout.</source>
        <translation>up、down、ps、logs、rollout のいずれか。</translation>
    </message>
    <message>
        <source>DIR (logs: SERVICE).</source>
        <translation>DIR（logs の場合: SERVICE）。</translation>
    </message>
    <message>
        <source>Project folder (default: the current folder).</source>
        <translation>プロジェクトのフォルダー（既定: 現在のフォルダー）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Compose project name (default: x-lagoon-project, else the folder).</source>
        <translation>compose のプロジェクト名（既定: x-lagoon-project、なければフォルダー名）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
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
        <source>ps: text or json.</source>
        <translation>ps: text または json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>up: build the images first.</source>
        <translation>up: 先にイメージをビルドします。</translation>
    </message>
    <message>
        <source>down: remove the volumes too.</source>
        <translation>down: ボリュームも削除します。</translation>
    </message>
    <message>
        <source>logs: keep streaming until Ctrl-C.</source>
        <translation>logs: Ctrl-C を押すまで表示し続けます。</translation>
    </message>
    <message>
        <source>logs: only the last N lines of each service.</source>
        <translation>logs: 各サービスの最後の N 行だけを表示します。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>logs: show when each line was written.</source>
        <translation>logs: 各行が書き込まれた日時を表示します。</translation>
    </message>
    <message>
        <source>rollout: start the images there are.</source>
        <translation>rollout: 既存のイメージで起動します。</translation>
    </message>
    <message>
        <source>rollout: LAGOON_ENVIRONMENT for task conditions (default: local).</source>
        <translation>rollout: タスクの条件に使う LAGOON_ENVIRONMENT（既定: local）。</translation>
    </message>
    <message>
        <source>rollout: LAGOON_ENVIRONMENT_TYPE for task conditions (default: development).</source>
        <translation>rollout: タスクの条件に使う LAGOON_ENVIRONMENT_TYPE（既定: development）。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>rollout: a build variable for task conditions (repeatable).</source>
        <translation>rollout: タスクの条件に使うビルド変数（複数回指定できます）。</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=VALUE</translation>
    </message>
    <message>
        <source>rollout: seconds the services may take to be ready (default 180).</source>
        <translation>rollout: サービスの準備完了を待つ秒数（既定: 180）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>stack needs an action: up, down, ps, logs or rollout.</source>
        <translation>stack にはアクションが必要です: up、down、ps、logs、rollout のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Unknown stack action &apos;%1&apos;: use up, down, ps, logs or rollout.</source>
        <translation>不明な stack アクション &apos;%1&apos; です: up、down、ps、logs、rollout のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>stack %1 takes at most one argument, got %2.</source>
        <translation>stack %1 に指定できる引数は 1 つまでですが、%2 個指定されました。</translation>
    </message>
    <message>
        <source>--format must be text or json, not &apos;%1&apos;</source>
        <translation>--format には text または json を指定してください（&apos;%1&apos; は指定できません）</translation>
    </message>
    <message>
        <source>Give the folder either as DIR or with --dir, not both.</source>
        <translation>フォルダーは DIR か --dir のどちらか一方で指定してください。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>フォルダー %1 は存在しません</translation>
    </message>
    <message>
        <source>There is no %1 in %2</source>
        <translation>%2 に %1 がありません</translation>
    </message>
    <message>
        <source>The compose file of %1 cannot be read:</source>
        <translation>%1 の compose ファイルを読み込めません:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a compose project name: it needs a letter or digit.</source>
        <translation>&quot;%1&quot; は compose のプロジェクト名にできません: 英字か数字が必要です。</translation>
    </message>
    <message>
        <source>Docker did not answer in time.</source>
        <translation>Docker が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>ヘルス</translation>
    </message>
    <message>
        <source>PORTS</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>--tail takes a number of lines, not &apos;%1&apos;</source>
        <translation>--tail には行数を指定してください（&apos;%1&apos; は指定できません）</translation>
    </message>
    <message>
        <source>The stack %1 has no containers: start it with &apos;stack up&apos;.</source>
        <translation>スタック %1 にはコンテナーがありません: &apos;stack up&apos; で起動してください。</translation>
    </message>
    <message>
        <source>The service %1 has no container in the stack %2.</source>
        <translation>サービス %1 にはスタック %2 内のコンテナーがありません。</translation>
    </message>
    <message>
        <source>--variable takes NAME=VALUE, not &apos;%1&apos;</source>
        <translation>--variable は NAME=VALUE の形式でなければなりませんが、&apos;%1&apos; が指定されました</translation>
    </message>
    <message>
        <source>--ready-timeout takes a number of seconds, not &apos;%1&apos;</source>
        <translation>--ready-timeout には秒数を指定してください（&apos;%1&apos; は指定できません）</translation>
    </message>
</context>
<context>
    <name>Lagoon::Cli::StackLogs</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <name>Lagoon::CodeEditor</name>
    <message>
        <source>Text editor</source>
        <translation>テキストエディター</translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation>%1 のテキスト</translation>
    </message>
    <message>
        <source>The file as YAML text; problems are underlined and listed in the Problems dock, Ctrl+Space completes keys and values</source>
        <translation>YAML テキストとしてのファイル。問題には下線が引かれ、問題ドックに一覧されます。Ctrl+Space でキーと値を補完します</translation>
    </message>
</context>
<context>
    <name>Lagoon::CommandPalette</name>
    <message>
        <source>Type a command…</source>
        <translation>コマンドを入力…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Type words of a command; Up and Down choose, Enter runs, Escape closes</source>
        <translation>コマンドの単語を入力します。上下キーで選び、Enter で実行、Escape で閉じます</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>Command Palette</source>
        <translation>コマンドパレット</translation>
    </message>
    <message>
        <source>, on</source>
        <translation>、オン</translation>
    </message>
    <message>
        <source>, off</source>
        <translation>、オフ</translation>
    </message>
    <message>
        <source>, unavailable</source>
        <translation>、利用不可</translation>
    </message>
    <message>
        <source>No command matches “%1”.</source>
        <translation>「%1」に一致するコマンドはありません。</translation>
    </message>
    <message>
        <source>Not available now.</source>
        <translation>現在は利用できません。</translation>
    </message>
    <message>
        <source>Not available now: %1</source>
        <translation>現在は利用できません: %1</translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>コマンドパレット(&amp;P)…</translation>
    </message>
    <message>
        <source>Find any command by name and run it</source>
        <translation>名前でコマンドを探して実行します</translation>
    </message>
</context>
<context>
    <name>Lagoon::CompareDialog</name>
    <message>
        <source>Compare %1</source>
        <translation>%1 の比較</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was changed by another program. Lines marked − are only on disk, lines marked + only in your unsaved version.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; は別のプログラムによって変更されました。− の付いた行はディスク上にのみ、+ の付いた行は未保存の編集内容にのみ存在します。</translation>
    </message>
    <message>
        <source>&amp;Reload from Disk</source>
        <translation>ディスクから再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep My Version</source>
        <translation>自分の編集内容を保持(&amp;K)</translation>
    </message>
    <message>
        <source>Differences in %1</source>
        <translation>%1 の差分</translation>
    </message>
    <message>
        <source>Lines starting with − are only on disk, lines starting with + only in your unsaved version</source>
        <translation>− で始まる行はディスク上だけに、+ で始まる行は未保存の編集内容だけにあります</translation>
    </message>
</context>
<context>
    <name>Lagoon::ComposeAssist</name>
    <message>
        <source>service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>A service in this file.</source>
        <translation>このファイル内のサービス。</translation>
    </message>
    <message>
        <source>Lagoon label</source>
        <translation>Lagoon ラベル</translation>
    </message>
    <message>
        <source>compose key</source>
        <translation>compose キー</translation>
    </message>
    <message>
        <source>service type</source>
        <translation>サービスタイプ</translation>
    </message>
</context>
<context>
    <name>Lagoon::ComposeCommand</name>
    <message>
        <source>Building the stack</source>
        <translation>スタックのビルド</translation>
    </message>
    <message>
        <source>Building %1</source>
        <translation>%1 のビルド</translation>
    </message>
    <message>
        <source>Starting the stack</source>
        <translation>スタックの起動</translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation>%1 の起動</translation>
    </message>
    <message>
        <source>Removing the stack</source>
        <translation>スタックの削除</translation>
    </message>
    <message>
        <source>Restarting the stack</source>
        <translation>スタックの再起動</translation>
    </message>
    <message>
        <source>Restarting %1</source>
        <translation>%1 の再起動</translation>
    </message>
    <message>
        <source>Stopping %1</source>
        <translation>%1 の停止</translation>
    </message>
    <message>
        <source>Rebuilding %1</source>
        <translation>%1 の再ビルド</translation>
    </message>
</context>
<context>
    <name>Lagoon::ComposeForm</name>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>サービス(&amp;S)</translation>
    </message>
    <message>
        <source>no lagoon.type</source>
        <translation>lagoon.type なし</translation>
    </message>
</context>
<context>
    <name>Lagoon::ComposeGraph</name>
    <message>
        <source>depends on</source>
        <translation>依存</translation>
    </message>
    <message>
        <source>volume %1</source>
        <translation>ボリューム %1</translation>
    </message>
    <message>
        <source>pod %1</source>
        <translation>Pod %1</translation>
    </message>
</context>
<context>
    <name>Lagoon::ComposeInvocation</name>
    <message>
        <source>The compose file %1 does not exist.</source>
        <translation>compose ファイル %1 は存在しません。</translation>
    </message>
    <message>
        <source>No compose project name can be made from &quot;%1&quot;: it needs at least one letter or digit. Set x-lagoon-project in the compose file.</source>
        <translation>&quot;%1&quot; から compose のプロジェクト名を作れません: 英字か数字が 1 文字以上必要です。compose ファイルで x-lagoon-project を設定してください。</translation>
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
    <name>Lagoon::ComposeRunner</name>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 はキャンセルされました。</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 を起動できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2 crashed.</source>
        <translation>%1 に失敗しました: %2 がクラッシュしました。</translation>
    </message>
    <message>
        <source>%1 failed: Docker could not download an image (%2). Check the network connection and any proxy or registry mirror Docker is set up with, or use images that are already on this machine.</source>
        <translation>%1 に失敗しました: Docker がイメージをダウンロードできませんでした（%2）。ネットワーク接続と、Docker に設定されているプロキシやレジストリミラーを確認するか、このマシンにすでにあるイメージを使ってください。</translation>
    </message>
    <message>
        <source>%1 failed: %2 exited with code %3.</source>
        <translation>%1 に失敗しました: %2 は終了コード %3 で終了しました。</translation>
    </message>
    <message>
        <source>%1 failed: %2 exited with code %3: %4</source>
        <translation>%1 に失敗しました: %2 は終了コード %3 で終了しました: %4</translation>
    </message>
</context>
<context>
    <name>Lagoon::ComposeServiceEditor</name>
    <message>
        <source>Without lagoon.type Lagoon stops the deployment: every service needs one (&quot;none&quot; to skip it).</source>
        <translation>lagoon.type がないと Lagoon はデプロイを中止します。すべてのサービスに指定が必要です（スキップする場合は &quot;none&quot;）。</translation>
    </message>
    <message>
        <source>Lagoon does not deploy this service; it only runs locally.</source>
        <translation>Lagoon はこのサービスをデプロイしません。ローカルでのみ実行されます。</translation>
    </message>
    <message>
        <source>Lagoon does not know the type &quot;%1&quot;.</source>
        <translation>Lagoon はタイプ &quot;%1&quot; を認識できません。</translation>
    </message>
    <message>
        <source>Lagoon does not know the type &quot;%1&quot;. Did you mean %2?</source>
        <translation>Lagoon はタイプ &quot;%1&quot; を認識できません。%2 のことですか？</translation>
    </message>
    <message>
        <source>An old name of %1.</source>
        <translation>%1 の旧名です。</translation>
    </message>
    <message>
        <source>Serves port %1 and gets an autogenerated route.</source>
        <translation>ポート %1 で配信し、自動生成ルートが割り当てられます。</translation>
    </message>
    <message>
        <source>Listens on port %1 inside the cluster.</source>
        <translation>クラスター内でポート %1 をリッスンします。</translation>
    </message>
    <message>
        <source>Has persistent storage; lagoon.persistent must say where.</source>
        <translation>永続ストレージを持ちます。マウント先を lagoon.persistent で指定する必要があります。</translation>
    </message>
    <message>
        <source>Has persistent storage at %1 unless lagoon.persistent says otherwise.</source>
        <translation>lagoon.persistent で別の場所を指定しない限り、%1 に永続ストレージを持ちます。</translation>
    </message>
    <message>
        <source>Mounts the storage of the service named in lagoon.persistent.name.</source>
        <translation>lagoon.persistent.name で指定したサービスのストレージをマウントします。</translation>
    </message>
    <message>
        <source>Runs together with a php service that has the same lagoon.name.</source>
        <translation>同じ lagoon.name を持つ php サービスと一緒に実行されます。</translation>
    </message>
    <message>
        <source>Backed up by Lagoon.</source>
        <translation>Lagoon によってバックアップされます。</translation>
    </message>
    <message>
        <source>This compose file has no services yet. Add them in the text; each one becomes a Kubernetes deployment, chosen by its lagoon.type label.</source>
        <translation>この compose ファイルにはまだサービスがありません。テキストで追加してください。各サービスは、lagoon.type ラベルに応じた Kubernetes の Deployment になります。</translation>
    </message>
    <message>
        <source>Lagoon</source>
        <translation>Lagoon</translation>
    </message>
    <message>
        <source>labels Lagoon reads</source>
        <translation>Lagoon が読み取るラベル</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>タイプ(&amp;T):</translation>
    </message>
    <message>
        <source>lagoon.type: what Lagoon deploys for this service.</source>
        <translation>lagoon.type: このサービスに対して Lagoon がデプロイするもの。</translation>
    </message>
    <message>
        <source>Change lagoon.type</source>
        <translation>lagoon.type を変更</translation>
    </message>
    <message>
        <source>&amp;Runs in:</source>
        <translation>実行先(&amp;R):</translation>
    </message>
    <message>
        <source>lagoon.name: services with the same name run in one pod (nginx and php of nginx-php). Empty: the service&apos;s own name.</source>
        <translation>lagoon.name: 同じ名前のサービスは 1 つの Pod で実行されます（nginx-php の nginx と php など）。空の場合はサービス自身の名前になります。</translation>
    </message>
    <message>
        <source>Change lagoon.name</source>
        <translation>lagoon.name を変更</translation>
    </message>
    <message>
        <source>Persistent storage</source>
        <translation>永続ストレージ</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>パス(&amp;P):</translation>
    </message>
    <message>
        <source>lagoon.persistent: where the volume is mounted in the container.</source>
        <translation>lagoon.persistent: コンテナー内でボリュームをマウントする場所。</translation>
    </message>
    <message>
        <source>Change lagoon.persistent</source>
        <translation>lagoon.persistent を変更</translation>
    </message>
    <message>
        <source>its own volume</source>
        <translation>自身のボリューム</translation>
    </message>
    <message>
        <source>&amp;Volume of:</source>
        <translation>使用するボリューム(&amp;V):</translation>
    </message>
    <message>
        <source>lagoon.persistent.name: mount the volume of another service (cli-persistent and worker-persistent share the web service&apos;s files).</source>
        <translation>lagoon.persistent.name: 別のサービスのボリュームをマウントします（cli-persistent と worker-persistent は Web サービスのファイルを共有します）。</translation>
    </message>
    <message>
        <source>Change lagoon.persistent.name</source>
        <translation>lagoon.persistent.name を変更</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>サイズ(&amp;S):</translation>
    </message>
    <message>
        <source>lagoon.persistent.size: the size of the volume, e.g. 5Gi or 20Gi.</source>
        <translation>lagoon.persistent.size: ボリュームのサイズ。例: 5Gi、20Gi。</translation>
    </message>
    <message>
        <source>Change lagoon.persistent.size</source>
        <translation>lagoon.persistent.size を変更</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>built from a Dockerfile, or pulled</source>
        <translation>Dockerfile からビルド、またはプル</translation>
    </message>
    <message>
        <source>not built</source>
        <translation>ビルドしない</translation>
    </message>
    <message>
        <source>Build &amp;context:</source>
        <translation>ビルドコンテキスト(&amp;C):</translation>
    </message>
    <message>
        <source>build.context: the folder sent to the image build.</source>
        <translation>build.context: イメージのビルドに送られるフォルダー。</translation>
    </message>
    <message>
        <source>Change build context</source>
        <translation>ビルドコンテキストを変更</translation>
    </message>
    <message>
        <source>&amp;Dockerfile:</source>
        <translation>Dockerfile(&amp;D):</translation>
    </message>
    <message>
        <source>build.dockerfile: relative to the build context.</source>
        <translation>build.dockerfile: ビルドコンテキストからの相対パス。</translation>
    </message>
    <message>
        <source>Change Dockerfile</source>
        <translation>Dockerfile を変更</translation>
    </message>
    <message>
        <source>e.g. uselagoon/redis-7:latest</source>
        <translation>例: uselagoon/redis-7:latest</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>イメージ(&amp;I):</translation>
    </message>
    <message>
        <source>image: pulled when there is no build; with a build, the name the built image gets locally.</source>
        <translation>image: ビルドがない場合にプルされるイメージ。ビルドがある場合は、ビルドしたイメージにローカルで付けられる名前。</translation>
    </message>
    <message>
        <source>Change image</source>
        <translation>イメージを変更</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
</context>
<context>
    <name>Lagoon::ComposeToolFinder</name>
    <message>
        <source>Looking for Docker Compose was cancelled.</source>
        <translation>Docker Compose の検索はキャンセルされました。</translation>
    </message>
    <message>
        <source>docker: not found in PATH</source>
        <translation>docker: PATH に見つかりません</translation>
    </message>
    <message>
        <source>docker-compose: not found in PATH</source>
        <translation>docker-compose: PATH に見つかりません</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>クラッシュしました</translation>
    </message>
    <message>
        <source>exit code %1: %2</source>
        <translation>終了コード %1: %2</translation>
    </message>
    <message>
        <source>no version in its answer</source>
        <translation>応答にバージョンがありません</translation>
    </message>
    <message>
        <source>Docker Compose is not installed. Lagoon Desktop runs the project&apos;s services with the Compose plugin (docker compose) or the standalone docker-compose; install either one (on Debian and Ubuntu: sudo apt install docker-compose) and try again.</source>
        <translation>Docker Compose がインストールされていません。Lagoon Desktop はプロジェクトのサービスを Compose プラグイン（docker compose）またはスタンドアロンの docker-compose で実行します。どちらかをインストールして（Debian と Ubuntu の場合: sudo apt install docker-compose）、もう一度お試しください。</translation>
    </message>
    <message>
        <source>PATH: %1</source>
        <translation>PATH: %1</translation>
    </message>
</context>
<context>
    <name>Lagoon::ComposeVocabulary</name>
    <message>
        <source>The containers of the project; Lagoon deploys each one with a lagoon.type other than none.</source>
        <translation>プロジェクトのコンテナー。Lagoon は lagoon.type が none 以外の各サービスをデプロイします。</translation>
    </message>
    <message>
        <source>Named volumes; Lagoon creates the ones labelled lagoon.type: persistent (at most 6).</source>
        <translation>名前付きボリューム。Lagoon は lagoon.type: persistent ラベルが付いたボリュームを作成します（最大 6 個）。</translation>
    </message>
    <message>
        <source>Networks for local development; Lagoon ignores them.</source>
        <translation>ローカル開発用のネットワーク。Lagoon では無視されます。</translation>
    </message>
    <message>
        <source>The Lagoon project name; the Lagoon CLI reads it to find the project of this directory.</source>
        <translation>Lagoon のプロジェクト名。Lagoon CLI はこれを読み取って、このディレクトリのプロジェクトを特定します。</translation>
    </message>
    <message>
        <source>The Compose project name for local development.</source>
        <translation>ローカル開発用の Compose プロジェクト名。</translation>
    </message>
    <message>
        <source>Compose secrets for local development; Lagoon ignores them.</source>
        <translation>ローカル開発用の Compose シークレット。Lagoon では無視されます。</translation>
    </message>
    <message>
        <source>Compose configs for local development; Lagoon ignores them.</source>
        <translation>ローカル開発用の Compose 構成（configs）。Lagoon では無視されます。</translation>
    </message>
    <message>
        <source>Obsolete file format version; Compose v2 and Lagoon ignore it.</source>
        <translation>廃止されたファイル形式のバージョン。Compose v2 と Lagoon では無視されます。</translation>
    </message>
    <message>
        <source>The image to run; Lagoon pulls it when the service has no build.</source>
        <translation>実行するイメージ。サービスに build がない場合、Lagoon はこのイメージをプルします。</translation>
    </message>
    <message>
        <source>How to build the image (context, dockerfile, args); Lagoon builds it in the same way.</source>
        <translation>イメージのビルド方法（context、dockerfile、args）。Lagoon も同じ方法でビルドします。</translation>
    </message>
    <message>
        <source>Labels; Lagoon reads its lagoon.* labels from here (lagoon.type is required).</source>
        <translation>ラベル。Lagoon はここから lagoon.* ラベルを読み取ります（lagoon.type は必須）。</translation>
    </message>
    <message>
        <source>Mounts for local development; Lagoon ignores them and uses lagoon.persistent instead.</source>
        <translation>ローカル開発用のマウント。Lagoon ではこれらは無視され、代わりに lagoon.persistent が使用されます。</translation>
    </message>
    <message>
        <source>Published ports for local development; Lagoon ignores them unless lagoon.service.usecomposeports is &quot;true&quot;.</source>
        <translation>ローカル開発用の公開ポート。lagoon.service.usecomposeports が &quot;true&quot; でない限り、Lagoon では無視されます。</translation>
    </message>
    <message>
        <source>Environment variables for local development; Lagoon ignores them (use Lagoon API variables).</source>
        <translation>ローカル開発用の環境変数。Lagoon では無視されます（Lagoon API 変数を使用してください）。</translation>
    </message>
    <message>
        <source>Files with environment variables for local development; a missing file is a warning in Lagoon&apos;s build.</source>
        <translation>ローカル開発用の環境変数ファイル。ファイルが見つからない場合、Lagoon のビルドで警告になります。</translation>
    </message>
    <message>
        <source>Services started before this one locally; Lagoon ignores it.</source>
        <translation>ローカルでこのサービスより先に起動されるサービス。Lagoon では無視されます。</translation>
    </message>
    <message>
        <source>Overrides the image&apos;s command locally; Lagoon ignores it.</source>
        <translation>ローカルでイメージのコマンドを上書きします。Lagoon では無視されます。</translation>
    </message>
    <message>
        <source>Overrides the image&apos;s entrypoint locally; Lagoon ignores it.</source>
        <translation>ローカルでイメージのエントリーポイントを上書きします。Lagoon では無視されます。</translation>
    </message>
    <message>
        <source>The user the container runs as locally; Lagoon ignores it.</source>
        <translation>ローカルでコンテナーを実行するユーザー。Lagoon では無視されます。</translation>
    </message>
    <message>
        <source>The working directory locally; Lagoon ignores it.</source>
        <translation>ローカルでの作業ディレクトリ。Lagoon では無視されます。</translation>
    </message>
    <message>
        <source>Networks the service joins locally; Lagoon ignores them.</source>
        <translation>ローカルでサービスが参加するネットワーク。Lagoon では無視されます。</translation>
    </message>
    <message>
        <source>Ports exposed to other services locally; Lagoon ignores them.</source>
        <translation>ローカルで他のサービスに公開するポート。Lagoon では無視されます。</translation>
    </message>
    <message>
        <source>Restart policy locally; Lagoon ignores it.</source>
        <translation>ローカルでの再起動ポリシー。Lagoon では無視されます。</translation>
    </message>
    <message>
        <source>Health check locally; Lagoon ignores it.</source>
        <translation>ローカルでのヘルスチェック。Lagoon では無視されます。</translation>
    </message>
    <message>
        <source>Extra /etc/hosts entries locally; Lagoon ignores them.</source>
        <translation>ローカルでの追加の /etc/hosts エントリ。Lagoon では無視されます。</translation>
    </message>
    <message>
        <source>A fixed container name locally; Lagoon ignores it.</source>
        <translation>ローカルでの固定のコンテナー名。Lagoon では無視されます。</translation>
    </message>
    <message>
        <source>The container&apos;s host name locally; Lagoon ignores it.</source>
        <translation>ローカルでのコンテナーのホスト名。Lagoon では無視されます。</translation>
    </message>
    <message>
        <source>The image platform, e.g. linux/amd64.</source>
        <translation>イメージのプラットフォーム。例: linux/amd64。</translation>
    </message>
    <message>
        <source>Compose profiles that enable the service locally; Lagoon ignores them.</source>
        <translation>ローカルでサービスを有効にする Compose プロファイル。Lagoon では無視されます。</translation>
    </message>
    <message>
        <source>Temporary file systems locally; Lagoon ignores them.</source>
        <translation>ローカルでの一時ファイルシステム。Lagoon では無視されます。</translation>
    </message>
    <message>
        <source>The build context, relative to the compose file.</source>
        <translation>ビルドコンテキスト（compose ファイルからの相対パス）。</translation>
    </message>
    <message>
        <source>The Dockerfile, relative to the context; Lagoon fails the build when it does not exist.</source>
        <translation>Dockerfile（コンテキストからの相対パス）。存在しない場合、Lagoon のビルドは失敗します。</translation>
    </message>
    <message>
        <source>Build arguments, e.g. CLI_IMAGE for images built from the cli image.</source>
        <translation>ビルド引数。例: cli イメージをベースにビルドするイメージ用の CLI_IMAGE。</translation>
    </message>
    <message>
        <source>The stage of a multi-stage Dockerfile to build.</source>
        <translation>ビルドするマルチステージ Dockerfile のステージ。</translation>
    </message>
    <message>
        <source>Labels; lagoon.type: persistent makes Lagoon create this volume.</source>
        <translation>ラベル。lagoon.type: persistent を指定すると、Lagoon がこのボリュームを作成します。</translation>
    </message>
    <message>
        <source>Volume driver locally; Lagoon ignores it.</source>
        <translation>ローカルでのボリュームドライバー。Lagoon では無視されます。</translation>
    </message>
    <message>
        <source>Volume driver options locally; Lagoon ignores them.</source>
        <translation>ローカルでのボリュームドライバーのオプション。Lagoon では無視されます。</translation>
    </message>
    <message>
        <source>The volume exists outside this project locally; Lagoon ignores it.</source>
        <translation>ローカルではこのボリュームはプロジェクト外に存在します。Lagoon では無視されます。</translation>
    </message>
    <message>
        <source>The volume&apos;s name locally; Lagoon ignores it.</source>
        <translation>ローカルでのボリューム名。Lagoon では無視されます。</translation>
    </message>
    <message>
        <source>What Lagoon deploys this service as (required on every service; none skips it).</source>
        <translation>Lagoon がこのサービスを何としてデプロイするか（すべてのサービスで必須。none を指定するとスキップします）。</translation>
    </message>
    <message>
        <source>Mount path of the persistent volume, e.g. /app/web/sites/default/files/.</source>
        <translation>永続ボリュームのマウントパス。例: /app/web/sites/default/files/。</translation>
    </message>
    <message>
        <source>The volume to mount: another service&apos;s name (cli-persistent and worker-persistent share nginx&apos;s volume). Defaults to lagoon.name or the service name.</source>
        <translation>マウントするボリューム: 別のサービスの名前（cli-persistent と worker-persistent は nginx のボリュームを共有します）。既定は lagoon.name またはサービス名です。</translation>
    </message>
    <message>
        <source>Size of the persistent volume as a Kubernetes quantity (default 5Gi).</source>
        <translation>永続ボリュームのサイズ（Kubernetes の数量表記、既定 5Gi）。</translation>
    </message>
    <message>
        <source>Groups services into one pod: a service with another service&apos;s name runs as its second container (php next to nginx).</source>
        <translation>サービスを 1 つの Pod にまとめます。別のサービスの名前を指定したサービスは、その Pod の 2 番目のコンテナーとして実行されます（nginx と並ぶ php など）。</translation>
    </message>
    <message>
        <source>&quot;true&quot; or &quot;false&quot;: whether this service gets an autogenerated route.</source>
        <translation>&quot;true&quot; または &quot;false&quot;: このサービスに自動生成ルートを割り当てるかどうか。</translation>
    </message>
    <message>
        <source>&quot;true&quot; or &quot;false&quot;: Let&apos;s Encrypt for this service&apos;s autogenerated route.</source>
        <translation>&quot;true&quot; または &quot;false&quot;: このサービスの自動生成ルートで Let&apos;s Encrypt を使用するかどうか。</translation>
    </message>
    <message>
        <source>The port of the service&apos;s Kubernetes service (basic and varnish types only).</source>
        <translation>サービスの Kubernetes Service のポート（basic タイプと varnish タイプのみ）。</translation>
    </message>
    <message>
        <source>&quot;true&quot;: one extra Kubernetes service &lt;service&gt;-&lt;port&gt; per compose port, usable as a path route&apos;s toService.</source>
        <translation>&quot;true&quot;: compose のポートごとに Kubernetes Service &lt;service&gt;-&lt;port&gt; を 1 つ追加します。パスルートの toService に指定できます。</translation>
    </message>
    <message>
        <source>Mounts an additional volume (a top-level volume with lagoon.type: persistent) at this path.</source>
        <translation>追加のボリューム（lagoon.type: persistent が付いたトップレベルのボリューム）をこのパスにマウントします。</translation>
    </message>
    <message>
        <source>An image to pull instead of building; ${VARIABLES} from the Lagoon API are substituted.</source>
        <translation>ビルドせずにプルするイメージ。Lagoon API の ${VARIABLES} が置換されます。</translation>
    </message>
    <message>
        <source>The base image the build pulls fresh, e.g. ${BASE_IMAGE:-uselagoon/php-8.3-cli}; variables must use ${...}.</source>
        <translation>ビルド時に毎回新しくプルされるベースイメージ。例: ${BASE_IMAGE:-uselagoon/php-8.3-cli}。変数は ${...} の形式で記述する必要があります。</translation>
    </message>
    <message>
        <source>For lagoon.type: external, JSON {&quot;name&quot;, &quot;project&quot;, &quot;environment&quot;, &quot;domain&quot;} of the service to reach.</source>
        <translation>lagoon.type: external の場合に、接続先サービスを示す JSON {&quot;name&quot;, &quot;project&quot;, &quot;environment&quot;, &quot;domain&quot;}。</translation>
    </message>
    <message>
        <source>Which DBaaS environment provides the database (default: the environment type).</source>
        <translation>データベースを提供する DBaaS 環境（既定: 環境の種類）。</translation>
    </message>
    <message>
        <source>Read by Lagoon&apos;s build but not used at the moment.</source>
        <translation>Lagoon のビルドで読み取られますが、現在は使用されていません。</translation>
    </message>
    <message>
        <source>Deprecated: Lagoon no longer reads this label.</source>
        <translation>非推奨: Lagoon はこのラベルを読み取らなくなりました。</translation>
    </message>
    <message>
        <source>persistent: Lagoon creates this volume (Kubernetes claim custom-&lt;volume&gt;); anything else is ignored.</source>
        <translation>persistent: Lagoon がこのボリュームを作成します（Kubernetes のクレーム custom-&lt;volume&gt;）。それ以外の値は無視されます。</translation>
    </message>
    <message>
        <source>Size of the volume (default 5Gi, at most 4Ti).</source>
        <translation>ボリュームのサイズ（既定 5Gi、最大 4Ti）。</translation>
    </message>
    <message>
        <source>&quot;false&quot; turns off backups of this volume.</source>
        <translation>&quot;false&quot; にすると、このボリュームのバックアップを無効にします。</translation>
    </message>
</context>
<context>
    <name>Lagoon::CronDescription</name>
    <message>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>日曜日</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>月曜日</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>火曜日</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>水曜日</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>木曜日</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>金曜日</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 と %2</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>毎分実行</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minutes</source>
        <translation>
            <numerusform>%n 分ごとに実行</numerusform>
        </translation>
    </message>
    <message>
        <source>At minute %1</source>
        <translation>%1 分に実行</translation>
    </message>
    <message>
        <source>At minutes %1</source>
        <translation>%1 分に実行</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minutes, starting at minute %1</source>
        <translation>
            <numerusform>%1 分から %n 分ごとに実行</numerusform>
        </translation>
    </message>
    <message>
        <source>Every minute from %1 through %2</source>
        <translation>%1 分から %2 分まで毎分実行</translation>
    </message>
    <message>
        <source>past every hour</source>
        <translation>（毎時）</translation>
    </message>
    <message>
        <source>past hour %1</source>
        <translation>（%1 時台）</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>（%1～%2 の間）</translation>
    </message>
    <message>
        <source>past hours %1</source>
        <translation>（%1 時台）</translation>
    </message>
    <message>
        <source>during hours %1</source>
        <translation>（%1 時台）</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>%1 に実行</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hours at minute %1</source>
        <translation>
            <numerusform>%n 時間ごと、%1 分に実行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hours at minutes %1</source>
        <translation>
            <numerusform>%n 時間ごと、%1 分に実行</numerusform>
        </translation>
    </message>
    <message>
        <source>Once a day, at a time Lagoon picks for each environment</source>
        <translation>1 日 1 回、環境ごとに Lagoon が選ぶ時刻に実行</translation>
    </message>
    <message>
        <source>Once a day %1, at a time Lagoon picks for each environment</source>
        <translation>1 日 1 回%1、環境ごとに Lagoon が選ぶ時刻に実行</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hours, at a time Lagoon picks for each environment</source>
        <translation>
            <numerusform>%n 時間ごと、環境ごとに Lagoon が選ぶ時刻に実行</numerusform>
        </translation>
    </message>
    <message>
        <source>Once an hour, at a minute Lagoon picks for each environment</source>
        <translation>1 時間に 1 回、環境ごとに Lagoon が選ぶ分に実行</translation>
    </message>
    <message>
        <source>Once a day %1, at a minute Lagoon picks for each environment</source>
        <translation>1 日 1 回%1、環境ごとに Lagoon が選ぶ分に実行</translation>
    </message>
    <message>
        <source>Once an hour %1, at a minute Lagoon picks for each environment</source>
        <translation>1 時間に 1 回%1、環境ごとに Lagoon が選ぶ分に実行</translation>
    </message>
    <message>
        <source>during one hour Lagoon picks for each environment</source>
        <translation>（環境ごとに Lagoon が選ぶ 1 時間の間）</translation>
    </message>
    <message>
        <source>during one hour %1 that Lagoon picks for each environment</source>
        <translation>（%1 のうち、環境ごとに Lagoon が選ぶ 1 時間の間）</translation>
    </message>
    <message numerus="yes">
        <source>every %n hours, starting at an hour Lagoon picks for each environment</source>
        <translation>
            <numerusform>（環境ごとに Lagoon が選ぶ時から %n 時間ごと）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minutes, starting at a minute Lagoon picks for each environment</source>
        <translation>
            <numerusform>環境ごとに Lagoon が選ぶ分から %n 分ごとに実行</numerusform>
        </translation>
    </message>
    <message>
        <source>past an hour Lagoon picks for each environment</source>
        <translation>（時は環境ごとに Lagoon が選択）</translation>
    </message>
    <message>
        <source>past an hour %1 that Lagoon picks for each environment</source>
        <translation>（時は %1 の範囲で環境ごとに Lagoon が選択）</translation>
    </message>
    <message>
        <source>day %1 of the month</source>
        <translation>毎月 %1 日</translation>
    </message>
    <message>
        <source>days %1 of the month</source>
        <translation>毎月 %1 日</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>on %1 or on %2</source>
        <translation>（%1 または %2）</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>（毎日）</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Lagoon picks %1 for this environment</source>
        <translation>この環境では Lagoon が %1 を選択</translation>
    </message>
    <message>
        <source>Lagoon picks minute %1 and hour %2 for this environment</source>
        <translation>この環境では Lagoon が %2 時 %1 分を選択</translation>
    </message>
    <message>
        <source>Lagoon picks minute %1 for this environment</source>
        <translation>この環境では Lagoon が %1 分を選択</translation>
    </message>
    <message>
        <source>Lagoon picks hour %1 for this environment</source>
        <translation>この環境では Lagoon が %1 時を選択</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Runs inside the service&apos;s pod (inPod: true).</source>
        <translation>サービスの Pod 内で実行されます（inPod: true）。</translation>
    </message>
    <message>
        <source>Runs as a Kubernetes CronJob (inPod: false).</source>
        <translation>Kubernetes CronJob として実行されます（inPod: false）。</translation>
    </message>
    <message>
        <source>Runs inside the service&apos;s pod, because it runs more often than every %1 minutes.</source>
        <translation>%1 分より短い間隔で実行されるため、サービスの Pod 内で実行されます。</translation>
    </message>
    <message>
        <source>Runs as a Kubernetes CronJob.</source>
        <translation>Kubernetes CronJob として実行されます。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
</context>
<context>
    <name>Lagoon::CronField</name>
    <message>
        <source>Five fields: minute, hour, day of month, month, day of week. M and H let Lagoon pick a minute and an hour for each environment.</source>
        <translation>5 つのフィールド: 分、時、日、月、曜日。M と H を使うと、Lagoon が環境ごとに分と時を選択します。</translation>
    </message>
    <message>
        <source>Installed as &quot;%1&quot; in the namespace %2.</source>
        <translation>ネームスペース %2 に &quot;%1&quot; としてインストールされます。</translation>
    </message>
    <message>
        <source>Not set: Lagoon uses %1. %2</source>
        <translation>未設定: Lagoon は %1 を使用します。%2</translation>
    </message>
</context>
<context>
    <name>Lagoon::CronjobsEditor</name>
    <message>
        <source>No cronjobs in this environment.</source>
        <translation>この環境には cronjob がありません。</translation>
    </message>
    <message>
        <source>Add cronjob</source>
        <translation>cronjob を追加</translation>
    </message>
    <message>
        <source>Remove this cronjob</source>
        <translation>この cronjob を削除</translation>
    </message>
    <message>
        <source>Remove cronjob</source>
        <translation>cronjob を削除</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Rename cronjob</source>
        <translation>cronjob の名前を変更</translation>
    </message>
    <message>
        <source>S&amp;chedule:</source>
        <translation>スケジュール(&amp;C):</translation>
    </message>
    <message>
        <source>Change cron schedule</source>
        <translation>cron のスケジュールを変更</translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation>コマンド(&amp;O):</translation>
    </message>
    <message>
        <source>Change cron command</source>
        <translation>cron のコマンドを変更</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>サービス(&amp;S):</translation>
    </message>
    <message>
        <source>Change cron service</source>
        <translation>cron のサービスを変更</translation>
    </message>
    <message>
        <source>Decided by the schedule</source>
        <translation>スケジュールに応じて決定</translation>
    </message>
    <message>
        <source>Always in the service&apos;s pod</source>
        <translation>常にサービスの Pod 内</translation>
    </message>
    <message>
        <source>As a Kubernetes CronJob</source>
        <translation>Kubernetes CronJob として</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>実行場所(&amp;R):</translation>
    </message>
    <message>
        <source>Change where the cronjob runs</source>
        <translation>cronjob の実行場所を変更</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>タイムアウト(&amp;T):</translation>
    </message>
    <message>
        <source>Change cron timeout</source>
        <translation>cron のタイムアウトを変更</translation>
    </message>
    <message>
        <source>Unnamed cronjob</source>
        <translation>名前のない cronjob</translation>
    </message>
    <message>
        <source>runs inside the service&apos;s pod</source>
        <translation>サービスの Pod 内で実行</translation>
    </message>
    <message>
        <source>runs as a Kubernetes CronJob</source>
        <translation>Kubernetes CronJob として実行</translation>
    </message>
    <message>
        <source>new cronjob</source>
        <translation>新しい cronjob</translation>
    </message>
</context>
<context>
    <name>Lagoon::DeployChecksList</name>
    <message>
        <source>Pre-flight checks</source>
        <translation>デプロイ前チェック</translation>
    </message>
    <message>
        <source>What was found before deploying; open an error to see it in the editor</source>
        <translation>デプロイ前に見つかった問題です。エラーを開くとエディターで表示されます</translation>
    </message>
    <message>
        <source>Checking the project…</source>
        <translation>プロジェクトを確認しています…</translation>
    </message>
    <message>
        <source>No problems: the files are valid and the branch is pushed.</source>
        <translation>問題はありません。ファイルは有効で、ブランチはプッシュ済みです。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Double-click to open it in the editor</source>
        <translation>ダブルクリックするとエディターで開きます</translation>
    </message>
</context>
<context>
    <name>Lagoon::DeployController</name>
    <message>
        <source>&amp;Deploy…</source>
        <translation>デプロイ(&amp;D)…</translation>
    </message>
    <message>
        <source>Deploy the current branch to Lagoon (%1)</source>
        <translation>現在のブランチを Lagoon にデプロイします（%1）</translation>
    </message>
    <message>
        <source>Rollouts</source>
        <translation>ロールアウト</translation>
    </message>
    <message>
        <source>Sign in to a Lagoon account to deploy.</source>
        <translation>デプロイするには Lagoon アカウントにサインインしてください。</translation>
    </message>
    <message>
        <source>Open a project to deploy it.</source>
        <translation>デプロイするプロジェクトを開いてください。</translation>
    </message>
    <message>
        <source>Lagoon started the deployment of %1 but did not name the build: see the Deployments dock.</source>
        <translation>Lagoon は %1 のデプロイを開始しましたが、ビルド名を返しませんでした。「デプロイ」パネルで確認してください。</translation>
    </message>
    <message>
        <source>%1 belongs to another Lagoon account: switch to it in the Deployments dock.</source>
        <translation>%1 は別の Lagoon アカウントに属しています。「デプロイ」パネルでそのアカウントに切り替えてください。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Lagoon does not list the environment %1 of %2.</source>
        <translation>Lagoon には %2 の環境 %1 がありません。</translation>
    </message>
</context>
<context>
    <name>Lagoon::DeployDialog</name>
    <message>
        <source>&amp;Push Branch</source>
        <translation>ブランチをプッシュ(&amp;P)</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>再チェック(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>デプロイ(&amp;D)</translation>
    </message>
    <message>
        <source>Deploy %1</source>
        <translation>%1 をデプロイ</translation>
    </message>
    <message>
        <source>Lagoon project</source>
        <translation>Lagoon プロジェクト</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Follows the current branch; pick an existing environment to deploy its latest commit instead</source>
        <translation>現在のブランチに追従します。既存の環境を選ぶと、その環境の最新コミットをデプロイします</translation>
    </message>
    <message>
        <source>Pushes the current branch to its remote, so Lagoon builds your commits</source>
        <translation>現在のブランチをリモートにプッシュし、Lagoon がコミットをビルドできるようにします</translation>
    </message>
    <message>
        <source>Runs the pre-flight checks again</source>
        <translation>デプロイ前チェックを再実行します</translation>
    </message>
    <message>
        <source>Asks Lagoon to build and deploy the environment</source>
        <translation>環境のビルドとデプロイを Lagoon に依頼します</translation>
    </message>
    <message>
        <source>Build &amp;variables</source>
        <translation>ビルド変数(&amp;V)</translation>
    </message>
    <message>
        <source>Lagoon &amp;project:</source>
        <translation>Lagoon プロジェクト(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>環境(&amp;E):</translation>
    </message>
    <message>
        <source>Pre-flight checks:</source>
        <translation>デプロイ前チェック:</translation>
    </message>
    <message>
        <source>Pushing… %1 of %2 objects</source>
        <translation>プッシュしています… %1/%2 オブジェクト</translation>
    </message>
    <message>
        <source>Pushed %1 to %2.</source>
        <translation>%1 を %2 にプッシュしました。</translation>
    </message>
    <message>
        <source>Lagoon cannot be reached: %1</source>
        <translation>Lagoon に接続できません: %1</translation>
    </message>
    <message>
        <source>Deploying…</source>
        <translation>デプロイしています…</translation>
    </message>
    <message>
        <source>Not signed in to Lagoon.</source>
        <translation>Lagoon にサインインしていません。</translation>
    </message>
    <message>
        <source>No Lagoon project: set x-lagoon-project in docker-compose.yml or pick one above.</source>
        <translation>Lagoon プロジェクトがありません。docker-compose.yml で x-lagoon-project を設定するか、上で選択してください。</translation>
    </message>
    <message>
        <source>Your account has no Lagoon project %1.</source>
        <translation>お使いのアカウントには Lagoon プロジェクト %1 がありません。</translation>
    </message>
    <message>
        <source>No branch to deploy: check out a branch or pick an existing environment.</source>
        <translation>デプロイするブランチがありません。ブランチをチェックアウトするか、既存の環境を選択してください。</translation>
    </message>
    <message>
        <source>Lagoon names a new environment after its branch: pick %1 or an existing environment.</source>
        <translation>Lagoon は新しい環境にブランチと同じ名前を付けます。%1 か既存の環境を選択してください。</translation>
    </message>
    <message>
        <source>Waiting for the pre-flight checks.</source>
        <translation>デプロイ前チェックの完了を待っています。</translation>
    </message>
    <message numerus="yes">
        <source>%n validation error(s) would fail the build: fix them first.</source>
        <translation>
            <numerusform>ビルドが失敗する検証エラーが %n 件あります。先に修正してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Branch %1 (%2) → %3 / %4%5</source>
        <translation>ブランチ %1（%2）→ %3 / %4%5</translation>
    </message>
    <message>
        <source> — a new environment</source>
        <translation> — 新しい環境</translation>
    </message>
    <message>
        <source>Redeploys the latest commit of %1 / %2 (not your branch %3).</source>
        <translation>%1 / %2 の最新コミットを再デプロイします（自分のブランチ %3 ではありません）。</translation>
    </message>
    <message>
        <source>Pushing %1…</source>
        <translation>%1 をプッシュしています…</translation>
    </message>
    <message>
        <source>Asking Lagoon to deploy %1…</source>
        <translation>Lagoon に %1 のデプロイを依頼しています…</translation>
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
    <name>Lagoon::DeployPreflightReport</name>
    <message>
        <source>The project is not in a git repository; Lagoon deploys from git.</source>
        <translation>プロジェクトが git リポジトリの中にありません。Lagoon は git からデプロイします。</translation>
    </message>
    <message>
        <source>The branch %1 has no commit yet.</source>
        <translation>ブランチ %1 にはまだコミットがありません。</translation>
    </message>
    <message>
        <source>HEAD is detached (at %1): check out a branch to deploy it.</source>
        <translation>HEAD が切り離されています（%1）。デプロイするにはブランチをチェックアウトしてください。</translation>
    </message>
    <message>
        <source>The branch %1 is not on a remote yet.</source>
        <translation>ブランチ %1 はまだリモートにありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) are not on %1 yet.</source>
        <translation>
            <numerusform>%n 件のコミットがまだ %1 にありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n commit(s) this copy does not have.</source>
        <translation>
            <numerusform>%1 には、このコピーにないコミットが %n 件あります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) have uncommitted changes, which Lagoon will not see.</source>
        <translation>
            <numerusform>%Ln 個のファイルに未コミットの変更があります。Lagoon はこれらを参照しません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::DeployTarget</name>
    <message>
        <source>no Lagoon project for this folder</source>
        <translation>このフォルダーに対応する Lagoon プロジェクトがありません</translation>
    </message>
    <message>
        <source>%1 / no branch checked out</source>
        <translation>%1 / ブランチがチェックアウトされていません</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 / %2 (new environment)</source>
        <translation>%1 / %2（新しい環境）</translation>
    </message>
</context>
<context>
    <name>Lagoon::Deployer</name>
    <message>
        <source>Lagoon did not deploy %1: %2.</source>
        <translation>Lagoon は %1 をデプロイしませんでした: %2。</translation>
    </message>
    <message>
        <source>Lagoon gave no answer to the deployment.</source>
        <translation>Lagoon からデプロイへの応答がありませんでした。</translation>
    </message>
    <message>
        <source>A build variable is NAME=VALUE, with a name; &apos;%1&apos; is not.</source>
        <translation>ビルド変数は名前付きの NAME=VALUE の形式で指定してください。&apos;%1&apos; はこの形式ではありません。</translation>
    </message>
</context>
<context>
    <name>Lagoon::DeploymentNotifications</name>
    <message>
        <source>Lagoon Desktop keeps watching</source>
        <translation>Lagoon Desktop は監視を続けています</translation>
    </message>
    <message>
        <source>Your deployments are still followed; you will be notified when they end. Click the tray icon to show the window, or choose Quit in its menu.</source>
        <translation>デプロイは引き続き追跡され、終了すると通知されます。ウィンドウを表示するにはトレイアイコンをクリックし、終了するにはそのメニューで「終了」を選択してください。</translation>
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
    <name>Lagoon::DockerClient</name>
    <message>
        <source>Docker&apos;s answer to %1 is not valid JSON</source>
        <translation>%1 に対する Docker の応答が有効な JSON ではありません</translation>
    </message>
    <message>
        <source>Docker did not return an id for the command to run</source>
        <translation>Docker が実行するコマンドの ID を返しませんでした</translation>
    </message>
    <message>
        <source>The Docker request was cancelled</source>
        <translation>Docker へのリクエストはキャンセルされました</translation>
    </message>
    <message>
        <source>The command&apos;s output ended but Docker still reports it running</source>
        <translation>コマンドの出力は終了しましたが、Docker はまだ実行中と報告しています</translation>
    </message>
</context>
<context>
    <name>Lagoon::DockerConnection</name>
    <message>
        <source>Docker at %1 did not say which API version it speaks</source>
        <translation>%1 の Docker が対応する API バージョンを返しませんでした</translation>
    </message>
    <message>
        <source>Docker %1 is too old: it speaks API %2, Lagoon Desktop needs API %3 or newer. Update Docker.</source>
        <translation>Docker %1 は古すぎます: API %2 に対応していますが、Lagoon Desktop には API %3 以降が必要です。Docker を更新してください。</translation>
    </message>
    <message>
        <source>Cannot start a request to Docker (libcurl failed to initialise)</source>
        <translation>Docker へのリクエストを開始できません（libcurl の初期化に失敗しました）</translation>
    </message>
    <message>
        <source>Docker&apos;s answer to %1 is larger than %2 MB</source>
        <translation>%1 に対する Docker の応答が %2 MB を超えています</translation>
    </message>
</context>
<context>
    <name>Lagoon::DockerDoctor</name>
    <message>
        <source>DOCKER_HOST cannot be used</source>
        <translation>DOCKER_HOST を使用できません</translation>
    </message>
    <message>
        <source>Point DOCKER_HOST at a local socket (unix:///var/run/docker.sock) or a plain TCP engine (tcp://HOST:2375), or unset it to use the default socket.</source>
        <translation>DOCKER_HOST にローカルのソケット（unix:///var/run/docker.sock）か通常の TCP エンジン（tcp://HOST:2375）を指定するか、DOCKER_HOST を解除して既定のソケットを使ってください。</translation>
    </message>
    <message>
        <source>Port %1 is already in use</source>
        <translation>ポート %1 はすでに使用されています</translation>
    </message>
    <message>
        <source>The service %1 publishes port %2/%3, but another program on this machine already uses it, so Docker cannot start the service.</source>
        <translation>サービス %1 はポート %2/%3 を公開しますが、このマシン上の別のプログラムがすでにそのポートを使用しているため、Docker はサービスを起動できません。</translation>
    </message>
    <message>
        <source>The service %1 publishes port %2/%3 on %4, but another program on this machine already uses it, so Docker cannot start the service.</source>
        <translation>サービス %1 は %4 でポート %2/%3 を公開しますが、このマシン上の別のプログラムがすでにそのポートを使用しているため、Docker はサービスを起動できません。</translation>
    </message>
    <message>
        <source>Stop the program that uses the port (ss -ltnup &apos;sport = :%1&apos; shows which one), or publish %2 on another host port in the compose file.</source>
        <translation>そのポートを使用しているプログラムを停止するか（どのプログラムかは ss -ltnup &apos;sport = :%1&apos; で確認できます）、compose ファイルで %2 を別のホストポートで公開してください。</translation>
    </message>
    <message>
        <source>bind %1:%2/%3: %4</source>
        <translation>bind %1:%2/%3: %4</translation>
    </message>
    <message>
        <source>connect %1: %2</source>
        <translation>connect %1: %2</translation>
    </message>
    <message>
        <source>Docker is not installed</source>
        <translation>Docker がインストールされていません</translation>
    </message>
    <message>
        <source>Neither the docker command nor the Docker daemon was found on this machine, and there is no Docker socket at %1.</source>
        <translation>このマシンには docker コマンドも Docker デーモンも見つからず、%1 に Docker ソケットもありません。</translation>
    </message>
    <message>
        <source>Install Docker Engine (Debian, Ubuntu: sudo apt install docker.io docker-compose; elsewhere see https://docs.docker.com/engine/install/), then start it: sudo systemctl enable --now docker.</source>
        <translation>Docker Engine をインストールし（Debian、Ubuntu: sudo apt install docker.io docker-compose、その他は https://docs.docker.com/engine/install/ を参照）、sudo systemctl enable --now docker で起動してください。</translation>
    </message>
    <message>
        <source>Docker is not running</source>
        <translation>Docker が実行されていません</translation>
    </message>
    <message>
        <source>Docker is installed, but there is no Docker socket at %1: the daemon is not started.</source>
        <translation>Docker はインストールされていますが、%1 に Docker ソケットがありません。デーモンが起動していません。</translation>
    </message>
    <message>
        <source>The Docker socket %1 exists, but nothing listens on it: the daemon stopped or crashed.</source>
        <translation>Docker ソケット %1 は存在しますが、待ち受けているプロセスがありません。デーモンが停止したか、クラッシュしました。</translation>
    </message>
    <message>
        <source>The Docker socket %1 cannot be opened (%2).</source>
        <translation>Docker ソケット %1 を開けません（%2）。</translation>
    </message>
    <message>
        <source>This Docker engine cannot be used</source>
        <translation>この Docker エンジンは使用できません</translation>
    </message>
    <message>
        <source>Update Docker Engine to a current release.</source>
        <translation>Docker Engine を最新のリリースに更新してください。</translation>
    </message>
    <message>
        <source>Docker does not answer</source>
        <translation>Docker が応答しません</translation>
    </message>
    <message>
        <source>Something accepts connections at %1, but the Docker engine did not answer in time: it may be starting, overloaded or stuck.</source>
        <translation>%1 で接続は受け付けられますが、Docker エンジンが時間内に応答しませんでした。起動中、過負荷、または停止状態の可能性があります。</translation>
    </message>
    <message>
        <source>Wait a moment and try again. If it stays like this, restart Docker: sudo systemctl restart docker.</source>
        <translation>しばらく待ってから再試行してください。状況が変わらない場合は、sudo systemctl restart docker で Docker を再起動してください。</translation>
    </message>
    <message>
        <source>Docker Compose is not installed</source>
        <translation>Docker Compose がインストールされていません</translation>
    </message>
    <message>
        <source>The local stack runs with Docker Compose, but neither the docker compose plugin nor docker-compose was found in PATH.</source>
        <translation>ローカルスタックは Docker Compose で実行しますが、PATH に docker compose プラグインも docker-compose も見つかりません。</translation>
    </message>
    <message>
        <source>Install one of them: sudo apt install docker-compose (Debian, Ubuntu), or the Docker Compose plugin (https://docs.docker.com/compose/install/).</source>
        <translation>どちらかをインストールしてください: sudo apt install docker-compose（Debian、Ubuntu）、または Docker Compose プラグイン（https://docs.docker.com/compose/install/）。</translation>
    </message>
</context>
<context>
    <name>Lagoon::DockerDoctorView</name>
    <message>
        <source>How to fix it:</source>
        <translation>対処方法:</translation>
    </message>
    <message>
        <source>Command to run</source>
        <translation>実行するコマンド</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>コマンドをクリップボードにコピー</translation>
    </message>
    <message>
        <source>Show in %1</source>
        <translation>%1 で表示</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再確認</translation>
    </message>
    <message>
        <source>This panel returns to the services by itself as soon as Docker answers.</source>
        <translation>Docker が応答すると、このパネルは自動的にサービスの表示に戻ります。</translation>
    </message>
</context>
<context>
    <name>Lagoon::DockerEndpoint</name>
    <message>
        <source>DOCKER_HOST &quot;%1&quot; is not an address: use unix:///path/to/docker.sock or tcp://host:port</source>
        <translation>DOCKER_HOST &quot;%1&quot; はアドレスではありません。unix:///path/to/docker.sock または tcp://host:port を使用してください</translation>
    </message>
    <message>
        <source>DOCKER_HOST &quot;%1&quot; needs an absolute socket path, e.g. unix:///var/run/docker.sock</source>
        <translation>DOCKER_HOST &quot;%1&quot; にはソケットの絶対パスが必要です。例: unix:///var/run/docker.sock</translation>
    </message>
    <message>
        <source>DOCKER_HOST &quot;%1&quot; is not a TCP address: use tcp://host:port, e.g. tcp://127.0.0.1:2375</source>
        <translation>DOCKER_HOST &quot;%1&quot; は TCP アドレスではありません。tcp://host:port を使用してください。例: tcp://127.0.0.1:2375</translation>
    </message>
    <message>
        <source>DOCKER_HOST &quot;%1&quot; uses %2://, which Lagoon Desktop cannot connect to yet: use a unix:// socket or a tcp:// address</source>
        <translation>DOCKER_HOST &quot;%1&quot; は %2:// を使用していますが、Lagoon Desktop はまだこれに接続できません。unix:// ソケットまたは tcp:// アドレスを使用してください</translation>
    </message>
    <message>
        <source>DOCKER_HOST &quot;%1&quot; has an unknown scheme &quot;%2&quot;: use unix:///path/to/docker.sock or tcp://host:port</source>
        <translation>DOCKER_HOST &quot;%1&quot; のスキーム &quot;%2&quot; は不明です。unix:///path/to/docker.sock または tcp://host:port を使用してください</translation>
    </message>
    <message>
        <source>DOCKER_TLS_VERIFY is set for %1, but Lagoon Desktop cannot use TLS client certificates yet: use the local unix socket, or unset DOCKER_TLS_VERIFY for a plain TCP endpoint</source>
        <translation>%1 に DOCKER_TLS_VERIFY が設定されていますが、Lagoon Desktop はまだ TLS クライアント証明書を使用できません。ローカルの unix ソケットを使用するか、DOCKER_TLS_VERIFY を解除して通常の TCP エンドポイントを使用してください</translation>
    </message>
</context>
<context>
    <name>Lagoon::DockerErrors</name>
    <message>
        <source>Permission denied on the Docker socket %1: add yourself to the docker group (sudo usermod -aG docker $USER), then log out and in again</source>
        <translation>Docker ソケット %1 へのアクセスが拒否されました。自分を docker グループに追加し（sudo usermod -aG docker $USER）、ログアウトしてから再度ログインしてください</translation>
    </message>
    <message>
        <source>Permission denied connecting to Docker at %1</source>
        <translation>%1 の Docker への接続が拒否されました</translation>
    </message>
    <message>
        <source>Docker is not running: there is no Docker socket at %1. Start Docker (sudo systemctl start docker) or check DOCKER_HOST</source>
        <translation>Docker が実行されていません: %1 に Docker ソケットがありません。Docker を起動するか（sudo systemctl start docker）、DOCKER_HOST を確認してください</translation>
    </message>
    <message>
        <source>Docker is not running: nothing answers on %1. Start Docker (sudo systemctl start docker)</source>
        <translation>Docker が実行されていません: %1 で応答がありません。Docker を起動してください（sudo systemctl start docker）</translation>
    </message>
    <message>
        <source>Docker is not reachable at %1: is the engine running and listening there?</source>
        <translation>%1 の Docker に接続できません。エンジンが実行中で、そこで待ち受けているか確認してください</translation>
    </message>
    <message>
        <source>Docker is not reachable: the host of %1 cannot be resolved</source>
        <translation>Docker に接続できません: %1 のホスト名を解決できません</translation>
    </message>
    <message numerus="yes">
        <source>Docker did not answer within %n second(s) (%1): the engine may be overloaded or stuck</source>
        <translation>
            <numerusform>Docker が %n 秒以内に応答しませんでした（%1）。エンジンが過負荷または停止状態の可能性があります</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to Docker at %1 was lost: the engine stopped or restarted</source>
        <translation>%1 の Docker との接続が切断されました。エンジンが停止または再起動しました</translation>
    </message>
    <message>
        <source>Cannot talk to Docker at %1</source>
        <translation>%1 の Docker と通信できません</translation>
    </message>
    <message>
        <source>Docker answered with HTTP status %1</source>
        <translation>Docker が HTTP ステータス %1 を返しました</translation>
    </message>
    <message>
        <source>Docker: %1</source>
        <translation>Docker: %1</translation>
    </message>
    <message>
        <source>The Docker request was cancelled</source>
        <translation>Docker へのリクエストはキャンセルされました</translation>
    </message>
</context>
<context>
    <name>Lagoon::DockerEventStream</name>
    <message>
        <source>Docker closed the event stream: the engine is stopping or restarting</source>
        <translation>Docker がイベントストリームを閉じました。エンジンが停止中または再起動中です</translation>
    </message>
</context>
<context>
    <name>Lagoon::DockerFinding</name>
    <message>
        <source>Start Docker: sudo systemctl start docker (or start Docker Desktop). If Docker runs somewhere else, point DOCKER_HOST at it.</source>
        <translation>Docker を起動してください: sudo systemctl start docker（または Docker Desktop を起動）。Docker が別の場所で実行されている場合は、DOCKER_HOST でそこを指定してください。</translation>
    </message>
    <message>
        <source>Permission denied on the Docker socket</source>
        <translation>Docker ソケットへのアクセスが拒否されました</translation>
    </message>
    <message>
        <source>Docker&apos;s socket %1 belongs to the user %2 and the group %3, and your user may not use it.</source>
        <translation>Docker のソケット %1 の所有者はユーザー %2、グループ %3 で、あなたのユーザーには使用が許可されていません。</translation>
    </message>
    <message>
        <source>Your user may not use Docker&apos;s socket %1.</source>
        <translation>あなたのユーザーには Docker のソケット %1 の使用が許可されていません。</translation>
    </message>
    <message>
        <source>Add yourself to the docker group: sudo usermod -aG docker $USER, then log in again (or run newgrp docker in this terminal). Members of the docker group can control the machine as root.</source>
        <translation>自分を docker グループに追加してください: sudo usermod -aG docker $USER を実行し、再度ログインします（またはこの端末で newgrp docker を実行します）。docker グループのメンバーは root としてマシンを操作できます。</translation>
    </message>
</context>
<context>
    <name>Lagoon::EditorDocument</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; Lagoon reads YAML as UTF-8, so it cannot be edited here.</source>
        <translation>%1 は UTF-8 テキストではありません。Lagoon は YAML を UTF-8 として読み込むため、ここでは編集できません。</translation>
    </message>
    <message>
        <source>%1 was changed by another program since it was opened. Reload it, or keep your version and overwrite it.</source>
        <translation>%1 は開いた後に別のプログラムによって変更されました。再読み込みするか、現在の内容を保持して上書きしてください。</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 を保存できません: %2</translation>
    </message>
</context>
<context>
    <name>Lagoon::EnvironmentEditor</name>
    <message>
        <source>Choose an environment above, or add one named after its branch.</source>
        <translation>上で環境を選択するか、ブランチ名で環境を追加してください。</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>No custom routes: this environment is reached through its autogenerated routes.</source>
        <translation>カスタムルートはありません。この環境には自動生成ルートでアクセスします。</translation>
    </message>
    <message>
        <source>As the project sets it (routes.autogenerate)</source>
        <translation>プロジェクトの設定に従う（routes.autogenerate）</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>&amp;Autogenerated routes:</source>
        <translation>自動生成ルート(&amp;A):</translation>
    </message>
    <message>
        <source>Autogenerated routes</source>
        <translation>自動生成ルート</translation>
    </message>
    <message>
        <source>Change autogenerated routes</source>
        <translation>自動生成ルートを変更</translation>
    </message>
    <message>
        <source>Cronjobs</source>
        <translation>cronjob</translation>
    </message>
    <message>
        <source>Service types</source>
        <translation>サービスタイプ</translation>
    </message>
</context>
<context>
    <name>Lagoon::EnvironmentWatcher</name>
    <message>
        <source>Environment %1 does not exist, or you may not see it</source>
        <translation>環境 %1 は存在しないか、閲覧する権限がありません</translation>
    </message>
</context>
<context>
    <name>Lagoon::EnvironmentsSection</name>
    <message>
        <source>&amp;Environments</source>
        <translation>環境(&amp;E)</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Environments are named after their branch (or pull request). Double-click to rename.</source>
        <translation>環境の名前はブランチ名（またはプルリクエスト）に基づきます。ダブルクリックすると名前を変更できます。</translation>
    </message>
    <message>
        <source>new environment (branch name)</source>
        <translation>新しい環境（ブランチ名）</translation>
    </message>
    <message>
        <source>Name of the new environment</source>
        <translation>新しい環境の名前</translation>
    </message>
    <message>
        <source>Add an environment</source>
        <translation>環境を追加</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前の変更</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove this environment&apos;s settings (Undo brings them back)</source>
        <translation>この環境の設定を削除します（元に戻すで復元できます）</translation>
    </message>
    <message>
        <source>No environment has settings yet; add one below.</source>
        <translation>設定のある環境はまだありません。下で追加してください。</translation>
    </message>
    <message>
        <source>Add environment</source>
        <translation>環境を追加</translation>
    </message>
    <message>
        <source>Rename environment</source>
        <translation>環境の名前を変更</translation>
    </message>
    <message>
        <source>Remove environment</source>
        <translation>環境を削除</translation>
    </message>
</context>
<context>
    <name>Lagoon::FieldBinder</name>
    <message>
        <source>Defined by an anchor or a merge key elsewhere in the file; edit it in the text.</source>
        <translation>ファイル内の別の場所にあるアンカーまたはマージキーで定義されています。テキストで編集してください。</translation>
    </message>
</context>
<context>
    <name>Lagoon::FileEditorPage</name>
    <message>
        <source>%1 was changed on disk and has been reloaded.</source>
        <translation>%1 がディスク上で変更されたため、再読み込みしました。</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was changed by another program.&lt;/b&gt; Your unsaved edits are still here.</source>
        <translation>&lt;b&gt;%1 は別のプログラムによって変更されました。&lt;/b&gt;保存されていない編集内容はそのまま残っています。</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>再読み込みできません</translation>
    </message>
    <message>
        <source>Saved %1 over the version on disk</source>
        <translation>ディスク上のバージョンを上書きして %1 を保存しました</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — edited</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 編集済み</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>並べて表示</translation>
    </message>
    <message>
        <source>Show only the text</source>
        <translation>テキストのみを表示</translation>
    </message>
    <message>
        <source>Show only the form</source>
        <translation>フォームのみを表示</translation>
    </message>
    <message>
        <source>Show the text and the form side by side; both edit the same file</source>
        <translation>テキストとフォームを並べて表示します。どちらでも同じファイルを編集できます</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save %1 (Ctrl+S)</source>
        <translation>%1 を保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Replace your edits with the file on disk (Undo brings them back)</source>
        <translation>編集内容をディスク上のファイルで置き換えます（元に戻すで復元できます）</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>自分の変更を保持</translation>
    </message>
    <message>
        <source>Save your version over the file on disk</source>
        <translation>自分のバージョンでディスク上のファイルを上書きします</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比較…</translation>
    </message>
    <message>
        <source>mixed line breaks: saving writes CRLF everywhere</source>
        <translation>改行コードが混在しています: 保存するとすべて CRLF になります</translation>
    </message>
    <message>
        <source>mixed line breaks: saving writes LF everywhere</source>
        <translation>改行コードが混在しています: 保存するとすべて LF になります</translation>
    </message>
</context>
<context>
    <name>Lagoon::FindReplaceBar</name>
    <message numerus="yes">
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>%n 件置換しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid pattern</source>
        <translation>無効なパターン</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>結果なし</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>置換後の文字列</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>前の一致 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>次の一致 (F3)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>単語単位で検索</translation>
    </message>
    <message>
        <source>Regular expression (replacements may use \1 … \9)</source>
        <translation>正規表現（置換文字列で \1 … \9 を使用できます）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる (Esc)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>すべて置換</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln 件一致</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>前の一致</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>次の一致</translation>
    </message>
</context>
<context>
    <name>Lagoon::FormSchema</name>
    <message>
        <source>Default: %1.</source>
        <translation>既定: %1。</translation>
    </message>
</context>
<context>
    <name>Lagoon::FreedesktopNotifier</name>
    <message>
        <source>Open rollout</source>
        <translation>ロールアウトを開く</translation>
    </message>
</context>
<context>
    <name>Lagoon::GeneralSection</name>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>&amp;Compose file:</source>
        <translation>Compose ファイル(&amp;C):</translation>
    </message>
    <message>
        <source>Change compose file</source>
        <translation>compose ファイルを変更</translation>
    </message>
    <message>
        <source>Build variables</source>
        <translation>ビルド変数</translation>
    </message>
    <message>
        <source>Inject the deployed commit as LAGOON_GIT_SHA</source>
        <translation>デプロイされたコミットを LAGOON_GIT_SHA として注入</translation>
    </message>
    <message>
        <source>Change git_sha</source>
        <translation>git_sha を変更</translation>
    </message>
</context>
<context>
    <name>Lagoon::GitPusher</name>
    <message>
        <source>%1 refused the SSH keys in your ssh-agent; add the key that has access with ssh-add and push again.</source>
        <translation>%1 が ssh-agent 内の SSH 鍵を拒否しました。アクセス権のある鍵を ssh-add で追加して、もう一度プッシュしてください。</translation>
    </message>
    <message>
        <source>No ssh-agent is running (SSH_AUTH_SOCK is not set), so there is no key to push with; start one and add your key with ssh-add.</source>
        <translation>ssh-agent が実行されていない（SSH_AUTH_SOCK が設定されていない）ため、プッシュに使う鍵がありません。ssh-agent を起動し、ssh-add で鍵を追加してください。</translation>
    </message>
    <message>
        <source>%1 refused the user name and password from your git credential helper; push once with git to store new ones.</source>
        <translation>%1 が git の認証情報ヘルパーのユーザー名とパスワードを拒否しました。一度 git でプッシュして新しい認証情報を保存してください。</translation>
    </message>
    <message>
        <source>Your git credential helper has no password for %1; push once with git to store one.</source>
        <translation>git の認証情報ヘルパーに %1 のパスワードがありません。一度 git でプッシュしてパスワードを保存してください。</translation>
    </message>
    <message>
        <source>%1 asks for a kind of login the app cannot give; push with git instead.</source>
        <translation>%1 はこのアプリが対応していない種類のログインを要求しています。代わりに git でプッシュしてください。</translation>
    </message>
    <message>
        <source>The host key of %1 cannot be read, so it cannot be checked against your known_hosts; nothing was pushed.</source>
        <translation>%1 のホスト鍵を読み取れないため、known_hosts と照合できません。何もプッシュしていません。</translation>
    </message>
    <message>
        <source>%1 is not in your known_hosts, so its identity cannot be checked; connect once with ssh and compare its key %2 before pushing.</source>
        <translation>%1 が known_hosts にないため、相手を確認できません。一度 ssh で接続し、鍵 %2 を照合してからプッシュしてください。</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is not the one your known_hosts lists, which may mean someone is intercepting the connection; nothing was pushed.</source>
        <translation>%1 のホスト鍵（%2）が known_hosts に記載されたものと一致しません。接続が傍受されている可能性があります。何もプッシュしていません。</translation>
    </message>
    <message>
        <source>The remote has commits that %1 does not have, so the push was refused; pull (or rebase) and push again.</source>
        <translation>リモートに %1 にないコミットがあるため、プッシュが拒否されました。pull（または rebase）してから、もう一度プッシュしてください。</translation>
    </message>
    <message>
        <source>%1 refused the login; check that your key or password has access to the repository.</source>
        <translation>%1 がログインを拒否しました。鍵またはパスワードにリポジトリへのアクセス権があることを確認してください。</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2.</source>
        <translation>%1 に接続できません: %2。</translation>
    </message>
    <message>
        <source>Git could not push: %1.</source>
        <translation>Git でプッシュできませんでした: %1。</translation>
    </message>
    <message>
        <source>%1 is not in a git repository.</source>
        <translation>%1 は git リポジトリの中にありません。</translation>
    </message>
    <message>
        <source>The repository has no commit to push.</source>
        <translation>リポジトリにプッシュするコミットがありません。</translation>
    </message>
    <message>
        <source>HEAD is detached; check out a branch to push it.</source>
        <translation>HEAD が切り離されています。プッシュするにはブランチをチェックアウトしてください。</translation>
    </message>
    <message>
        <source>There is no branch %1 to push.</source>
        <translation>プッシュするブランチ %1 がありません。</translation>
    </message>
    <message>
        <source>The repository has no remote called %1.</source>
        <translation>リポジトリに %1 という名前のリモートがありません。</translation>
    </message>
    <message>
        <source>The remote refused %1: %2.</source>
        <translation>リモートが %1 を拒否しました: %2。</translation>
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
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln 件変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln uncommitted change(s), %1 untracked</source>
        <translation>
            <numerusform>未コミットの変更 %Ln 件、未追跡 %1 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::GoToLineDialog</name>
    <message>
        <source>Go to Line</source>
        <translation>行へ移動</translation>
    </message>
    <message>
        <source>Line number (1–%1), optionally followed by :column</source>
        <translation>行番号（1–%1）。続けて :列 も指定できます</translation>
    </message>
    <message>
        <source>line[:column]</source>
        <translation>行[:列]</translation>
    </message>
</context>
<context>
    <name>Lagoon::GraphQLDocuments</name>
    <message>
        <source>&quot;%1&quot; is not a GraphQL operation name</source>
        <translation>「%1」は GraphQL の操作名ではありません</translation>
    </message>
    <message>
        <source>The app has no GraphQL operation named %1</source>
        <translation>アプリには %1 という GraphQL 操作がありません</translation>
    </message>
    <message>
        <source>The GraphQL document %1 does not declare the operation %1</source>
        <translation>GraphQL ドキュメント %1 に操作 %1 が宣言されていません</translation>
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
    <message>
        <source>Start a separate window instead of handing the folder to the running one.</source>
        <translation>実行中のウィンドウにフォルダーを渡さず、別のウィンドウを開きます。</translation>
    </message>
    <message>
        <source>Lagoon Desktop is already running; its window was asked to come forward.</source>
        <translation>Lagoon Desktop はすでに実行中です。そのウィンドウを前面に表示するよう要求しました。</translation>
    </message>
    <message>
        <source>Lagoon Desktop is already running; it was asked to open %1.</source>
        <translation>Lagoon Desktop はすでに実行中です。%1 を開くよう要求しました。</translation>
    </message>
</context>
<context>
    <name>Lagoon::Jwt</name>
    <message>
        <source>This is not a Lagoon access token (a JSON Web Token)</source>
        <translation>これは Lagoon のアクセストークン（JSON Web Token）ではありません</translation>
    </message>
</context>
<context>
    <name>Lagoon::KeychainSecretStore</name>
    <message>
        <source>No secret is stored for this account in the keychain</source>
        <translation>このアカウントのシークレットはキーチェーンに保存されていません</translation>
    </message>
    <message>
        <source>The keychain refused to save your sign-in</source>
        <translation>キーチェーンがサインイン情報の保存を拒否しました</translation>
    </message>
    <message>
        <source>The keychain refused to give out your sign-in</source>
        <translation>キーチェーンがサインイン情報の提供を拒否しました</translation>
    </message>
    <message>
        <source>The keychain refused to delete your sign-in</source>
        <translation>キーチェーンがサインイン情報の削除を拒否しました</translation>
    </message>
    <message>
        <source>%1: unlock it, or allow Lagoon Desktop to use it.</source>
        <translation>%1: キーチェーンのロックを解除するか、Lagoon Desktop による使用を許可してください。</translation>
    </message>
    <message>
        <source>No keychain is available to keep your Lagoon sign-in. Start a Secret Service such as GNOME Keyring or KWallet, unlock it, and try again.</source>
        <translation>Lagoon のサインイン情報を保管できるキーチェーンがありません。GNOME Keyring や KWallet などの Secret Service を起動してロックを解除し、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The keychain could not save your sign-in</source>
        <translation>キーチェーンにサインイン情報を保存できませんでした</translation>
    </message>
    <message>
        <source>The keychain could not read your sign-in</source>
        <translation>キーチェーンからサインイン情報を読み込めませんでした</translation>
    </message>
    <message>
        <source>The keychain could not delete your sign-in</source>
        <translation>キーチェーンからサインイン情報を削除できませんでした</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonAccountsController</name>
    <message>
        <source>No Lagoon account</source>
        <translation>Lagoon アカウントがありません</translation>
    </message>
    <message>
        <source>Add the Lagoon you deploy to by the address of its API, or import the accounts lagoon-cli knows.</source>
        <translation>デプロイ先の Lagoon を API のアドレスで追加するか、lagoon-cli のアカウントをインポートしてください。</translation>
    </message>
    <message>
        <source>Add Account…</source>
        <translation>アカウントを追加…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>Reading the token of %1 from the keychain.</source>
        <translation>%1 のトークンをキーチェーンから読み込んでいます。</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>キーチェーンを使用できません</translation>
    </message>
    <message>
        <source>The token of %1 cannot be read from the keychain: %2</source>
        <translation>%1 のトークンをキーチェーンから読み込めません: %2</translation>
    </message>
    <message>
        <source>Lagoon Accounts…</source>
        <translation>Lagoon アカウント…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>Sign in to %1 to browse its projects, environments and deployments.</source>
        <translation>%1 にサインインすると、プロジェクト、環境、デプロイを閲覧できます。</translation>
    </message>
    <message>
        <source>Sign in to %1 again: %2</source>
        <translation>%1 にもう一度サインインしてください: %2</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>サインイン…</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonApiErrors</name>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Cannot reach %1: the connection was refused. Is the Lagoon API running at this address?</source>
        <translation>%1 に接続できません: 接続が拒否されました。このアドレスで Lagoon API が動作していますか？</translation>
    </message>
    <message>
        <source>Cannot reach %1: the host name cannot be resolved</source>
        <translation>%1 に接続できません: ホスト名を解決できません</translation>
    </message>
    <message numerus="yes">
        <source>Lagoon at %1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>%1 の Lagoon が %n 秒以内に応答しませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to %1 closed before Lagoon answered</source>
        <translation>Lagoon が応答する前に %1 への接続が閉じられました</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed, nothing was sent: %2</source>
        <translation>%1 への安全な接続に失敗しました（何も送信していません）: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <source>the token was refused</source>
        <translation>トークンが拒否されました</translation>
    </message>
    <message>
        <source>Lagoon at %1 did not accept the sign-in: %2</source>
        <translation>%1 の Lagoon がサインインを受け付けませんでした: %2</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>Lagoon at %1 refused the request: %2</source>
        <translation>%1 の Lagoon がリクエストを拒否しました: %2</translation>
    </message>
    <message>
        <source>Lagoon at %1 failed with HTTP status %2</source>
        <translation>%1 の Lagoon が HTTP ステータス %2 で失敗しました</translation>
    </message>
    <message>
        <source>Lagoon at %1 failed with HTTP status %2: %3</source>
        <translation>%1 の Lagoon が HTTP ステータス %2 で失敗しました: %3</translation>
    </message>
    <message>
        <source>Lagoon at %1 answered with HTTP status %2</source>
        <translation>%1 の Lagoon が HTTP ステータス %2 を返しました</translation>
    </message>
    <message>
        <source>The answer from %1 is not valid GraphQL JSON</source>
        <translation>%1 からの応答は正しい GraphQL の JSON ではありません</translation>
    </message>
    <message>
        <source>Lagoon at %1: %2</source>
        <translation>%1 の Lagoon: %2</translation>
    </message>
    <message>
        <source>The answer from %1 has no data</source>
        <translation>%1 からの応答にデータがありません</translation>
    </message>
    <message>
        <source>There is no valid sign-in for %1: %2</source>
        <translation>%1 への有効なサインインがありません: %2</translation>
    </message>
    <message>
        <source>Cannot renew the sign-in for %1: %2</source>
        <translation>%1 のサインインを更新できません: %2</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonBadge</name>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Lagoon has accepted the deployment.</source>
        <translation>Lagoon がデプロイを受け付けました。</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Waiting for the build to be scheduled.</source>
        <translation>ビルドがスケジュールされるのを待っています。</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Waiting until the environment&apos;s running build has finished.</source>
        <translation>この環境で実行中のビルドが終わるのを待っています。</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Complete with warnings</source>
        <translation>完了（警告あり）</translation>
    </message>
    <message>
        <source>The build finished, but one of its steps reported warnings: the build log says which.</source>
        <translation>ビルドは完了しましたが、いずれかのステップが警告を報告しました。どのステップかはビルドログに記録されています。</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Lagoon could not run the build.</source>
        <translation>Lagoon はビルドを実行できませんでした。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>本番</translation>
    </message>
    <message>
        <source>The project&apos;s production environment</source>
        <translation>プロジェクトの本番環境</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>開発</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonBanner</name>
    <message>
        <source>Connection status</source>
        <translation>接続状態</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Ask Lagoon again</source>
        <translation>Lagoon にもう一度問い合わせます</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonBrowser</name>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>Sign in to a Lagoon account to browse its projects, environments and deployments.</source>
        <translation>Lagoon アカウントにサインインすると、プロジェクト、環境、デプロイを閲覧できます。</translation>
    </message>
    <message>
        <source>No project selected</source>
        <translation>プロジェクトが選択されていません</translation>
    </message>
    <message>
        <source>Choose a project on the left to see its environments.</source>
        <translation>左側でプロジェクトを選ぶと、その環境が表示されます。</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>プロジェクトを読み込んでいます…</translation>
    </message>
    <message>
        <source>No projects to show.</source>
        <translation>表示するプロジェクトがありません。</translation>
    </message>
    <message>
        <source>Projects: %1, as of %2</source>
        <translation>プロジェクト: %1（%2 時点）</translation>
    </message>
    <message>
        <source>Projects: %1</source>
        <translation>プロジェクト: %1</translation>
    </message>
    <message>
        <source>%1 Showing what Lagoon reported as of %2.</source>
        <translation>%1 %2 時点で Lagoon が報告した内容を表示しています。</translation>
    </message>
    <message>
        <source>Offline — as of %1. Lagoon at %2 cannot be reached; showing what it reported then.</source>
        <translation>オフライン — %1 時点。%2 の Lagoon に接続できないため、その時点で報告された内容を表示しています。</translation>
    </message>
    <message>
        <source>Offline. Lagoon at %1 cannot be reached.</source>
        <translation>オフライン。%1 の Lagoon に接続できません。</translation>
    </message>
    <message>
        <source>Filter projects</source>
        <translation>プロジェクトを絞り込み</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>アカウント(&amp;A):</translation>
    </message>
    <message>
        <source>Lagoon account</source>
        <translation>Lagoon アカウント</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonCache</name>
    <message>
        <source>Cannot cache data under the key &quot;%1&quot;</source>
        <translation>キー &quot;%1&quot; でデータをキャッシュできません</translation>
    </message>
    <message>
        <source>Cannot create the cache folder %1</source>
        <translation>キャッシュフォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>Cannot write the cache file %1: %2</source>
        <translation>キャッシュファイル %1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonCliConfig</name>
    <message>
        <source>No lagoon-cli configuration at %1</source>
        <translation>%1 に lagoon-cli の設定がありません</translation>
    </message>
    <message>
        <source>%1 is too large to be a lagoon-cli configuration</source>
        <translation>%1 は lagoon-cli の設定としては大きすぎます</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 を読み込めません</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1、%2 行目: %3</translation>
    </message>
    <message>
        <source>%1 is not a lagoon-cli configuration: it has no &quot;lagoons&quot; contexts</source>
        <translation>%1 は lagoon-cli の設定ではありません: &quot;lagoons&quot; のコンテキストがありません</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonCliImportPage</name>
    <message>
        <source>%1 (already added: its SSH details are updated)</source>
        <translation>%1（追加済み: SSH の設定を更新します）</translation>
    </message>
    <message>
        <source>%1 (lagoon-cli&apos;s current context)</source>
        <translation>%1（lagoon-cli の現在のコンテキスト）</translation>
    </message>
    <message>
        <source>lagoon-cli keeps a token for this context</source>
        <translation>lagoon-cli はこのコンテキストのトークンを保存しています</translation>
    </message>
    <message>
        <source>lagoon-cli&apos;s file names no Lagoon to import.</source>
        <translation>lagoon-cli のファイルにはインポートできる Lagoon がありません。</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 はインポートされませんでした: %2</translation>
    </message>
    <message>
        <source>Import from lagoon-cli</source>
        <translation>lagoon-cli からインポート</translation>
    </message>
    <message>
        <source>The Lagoons that lagoon-cli knows, from %1:</source>
        <translation>lagoon-cli が知っている Lagoon（%1 より）:</translation>
    </message>
    <message>
        <source>lagoon-cli contexts</source>
        <translation>lagoon-cli のコンテキスト</translation>
    </message>
    <message>
        <source>Also import the &amp;tokens lagoon-cli stored</source>
        <translation>lagoon-cli が保存したトークンもインポートする(&amp;T)</translation>
    </message>
    <message>
        <source>lagoon-cli keeps its tokens in plain text in %1. Importing copies them into your keychain; the file keeps its copy, which lagoon-cli goes on using. Without the tokens, sign in to each account after the import.</source>
        <translation>lagoon-cli はトークンを %1 に平文で保存しています。インポートするとキーチェーンにコピーされますが、ファイル側の複製は残り、lagoon-cli は引き続きそれを使います。トークンをインポートしない場合は、インポート後に各アカウントにサインインしてください。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonCliImporter</name>
    <message>
        <source>lagoon-cli has no context named %1</source>
        <translation>lagoon-cli に %1 という名前のコンテキストはありません</translation>
    </message>
    <message>
        <source>%1 holds a token for this account in plain text; it was not imported.</source>
        <translation>%1 にはこのアカウントのトークンが平文で保存されています。トークンはインポートしませんでした。</translation>
    </message>
    <message>
        <source>This account signs in through the browser, so the token in %1 was not imported.</source>
        <translation>このアカウントはブラウザーでサインインするため、%1 のトークンはインポートしませんでした。</translation>
    </message>
    <message>
        <source>The token in %1 is not a token Lagoon Desktop can read; it was not imported.</source>
        <translation>%1 のトークンは Lagoon Desktop が読み取れる形式ではないため、インポートしませんでした。</translation>
    </message>
    <message>
        <source>The token is now in your keychain. %1 still holds it in plain text, where lagoon-cli keeps using it; remove it there if you no longer need it.</source>
        <translation>トークンをキーチェーンに保存しました。%1 にはまだ平文のトークンが残っており、lagoon-cli は引き続きそれを使用します。不要になった場合はそちらから削除してください。</translation>
    </message>
    <message>
        <source>The context %1 names no API address</source>
        <translation>コンテキスト %1 に API アドレスがありません</translation>
    </message>
    <message>
        <source>%1 has the same API URL as the account %2 and was merged into it.</source>
        <translation>%1 はアカウント %2 と API URL が同じため、そのアカウントに統合しました。</translation>
    </message>
    <message>
        <source>The token of %1 in %2 has expired; it was not imported.</source>
        <translation>%2 にある %1 のトークンは有効期限が切れているため、取り込みませんでした。</translation>
    </message>
    <message>
        <source>The account&apos;s token could not be read from the keychain (%1), so the token of %2 was not imported.</source>
        <translation>アカウントのトークンをキーチェーンから読み取れなかったため（%1）、%2 のトークンは取り込みませんでした。</translation>
    </message>
    <message>
        <source>The account already has a token that lasts at least as long, so the token of %1 was not imported.</source>
        <translation>アカウントには同じかそれより長く有効なトークンがあるため、%1 のトークンは取り込みませんでした。</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonConnection</name>
    <message>
        <source>The renewed sign-in of %1 could not be saved in the keychain (%2). It lasts until Lagoon Desktop quits; then sign in again.</source>
        <translation>%1 の更新したサインインをキーチェーンに保存できませんでした（%2）。Lagoon Desktop を終了するまでは有効です。終了後は再度サインインしてください。</translation>
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
    <name>Lagoon::LagoonDeploymentsModel</name>
    <message>
        <source>Priority %1</source>
        <translation>優先度 %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>作成 %1</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>ビルド</translation>
    </message>
    <message>
        <source>Build step</source>
        <translation>ビルドステップ</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>開始したユーザー</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonDeploymentsPanel</name>
    <message>
        <source>Select a finished build to read its log.</source>
        <translation>完了したビルドを選ぶと、そのログを読めます。</translation>
    </message>
    <message>
        <source>Build log of %1</source>
        <translation>%1 のビルドログ</translation>
    </message>
    <message>
        <source>The log of %1 can be read here when the build has finished.</source>
        <translation>%1 のログは、ビルドが完了するとここで読めます。</translation>
    </message>
    <message>
        <source>Loading the log of %1…</source>
        <translation>%1 のログを読み込んでいます…</translation>
    </message>
    <message>
        <source>The log could not be loaded: %1</source>
        <translation>ログを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Lagoon has no log for %1.</source>
        <translation>Lagoon には %1 のログがありません。</translation>
    </message>
    <message>
        <source>This is the production environment. Lagoon builds the latest commit and replaces what runs now.</source>
        <translation>これは本番環境です。Lagoon は最新のコミットをビルドし、現在実行中のものを置き換えます。</translation>
    </message>
    <message>
        <source>Lagoon builds the latest commit and replaces what runs now.</source>
        <translation>Lagoon は最新のコミットをビルドし、現在実行中のものを置き換えます。</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <source>Deploy %1 of %2 now?</source>
        <translation>%2 の %1 を今すぐデプロイしますか？</translation>
    </message>
    <message>
        <source>Asking Lagoon to deploy…</source>
        <translation>Lagoon にデプロイを依頼しています…</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>%1 を開始しました</translation>
    </message>
    <message>
        <source>Cancel build</source>
        <translation>ビルドをキャンセル</translation>
    </message>
    <message>
        <source>Cancel %1?</source>
        <translation>%1 をキャンセルしますか？</translation>
    </message>
    <message>
        <source>The build stops where it is; what it already changed stays.</source>
        <translation>ビルドはその時点で停止します。すでに変更された内容はそのまま残ります。</translation>
    </message>
    <message>
        <source>Build and deploy the latest commit of this environment</source>
        <translation>この環境の最新のコミットをビルドしてデプロイします</translation>
    </message>
    <message>
        <source>Cancel the selected build while it has not finished</source>
        <translation>選択したビルドを、完了する前にキャンセルします</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <source>Build log</source>
        <translation>ビルドログ</translation>
    </message>
    <message>
        <source>%1 was not deployed</source>
        <translation>%1 はデプロイしていません</translation>
    </message>
    <message>
        <source>%1 was not cancelled</source>
        <translation>%1 はキャンセルしていません</translation>
    </message>
    <message>
        <source>%1: you were signed out, or another account or environment was opened, before you confirmed. Nothing was changed on Lagoon.</source>
        <translation>%1: 確定する前にサインアウトしたか、別のアカウントまたは環境を開きました。Lagoon では何も変更していません。</translation>
    </message>
    <message>
        <source>Watch Rollout</source>
        <translation>ロールアウトを表示</translation>
    </message>
    <message>
        <source>Follow the selected build step by step with its whole log (or double-click it)</source>
        <translation>選択したビルドをログ全体とともにステップごとに追跡します（ダブルクリックでも可）</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonDiscovery</name>
    <message>
        <source>%1 publishes no Lagoon discovery document (Lagoon before v2.18, or not a Lagoon API). You can go on with the API URL and enter the sign-in details yourself.</source>
        <translation>%1 は Lagoon のディスカバリー文書を公開していません（v2.18 より前の Lagoon か、Lagoon API ではありません）。API URL のまま続行し、サインイン情報を手動で入力できます。</translation>
    </message>
    <message>
        <source>%1 answered the discovery request with HTTP status %2</source>
        <translation>%1 はディスカバリーのリクエストに HTTP ステータス %2 を返しました</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonDiscoveryInfo</name>
    <message>
        <source>The discovery document of %1 is not valid JSON</source>
        <translation>%1 のディスカバリー文書は正しい JSON ではありません</translation>
    </message>
    <message>
        <source>%1 answered, but not with a Lagoon discovery document</source>
        <translation>%1 は応答しましたが、Lagoon のディスカバリー文書ではありません</translation>
    </message>
    <message>
        <source>%1 publishes a sign-in server that cannot be used: %2</source>
        <translation>%1 が公開しているサインインサーバーは使用できません: %2</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonEnvironmentPage</name>
    <message>
        <source>Back to the environments of %1</source>
        <translation>%1 の環境一覧に戻る</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>%1 に戻る</translation>
    </message>
    <message>
        <source>deploys by %1</source>
        <translation>デプロイ方法: %1</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>名前空間 %1</translation>
    </message>
    <message>
        <source>No routes</source>
        <translation>ルートなし</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>変数</translation>
    </message>
    <message>
        <source>Run Task</source>
        <translation>タスクを実行</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonEnvironmentsModel</name>
    <message>
        <source>Open %1</source>
        <translation>%1 を開く</translation>
    </message>
    <message>
        <source>Never deployed</source>
        <translation>未デプロイ</translation>
    </message>
    <message>
        <source>%1, created %2</source>
        <translation>%1（作成 %2）</translation>
    </message>
    <message>
        <source>Kubernetes namespace: %1</source>
        <translation>Kubernetes の名前空間: %1</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Deploys</source>
        <translation>デプロイ方法</translation>
    </message>
    <message>
        <source>Last deployment</source>
        <translation>最新のデプロイ</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>名前空間</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>ブランチ</translation>
    </message>
    <message>
        <source>Pull request</source>
        <translation>プルリクエスト</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>プロモート</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>ビルド</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>ランタイム</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>グローバル</translation>
    </message>
    <message>
        <source>Container registry</source>
        <translation>コンテナーレジストリ</translation>
    </message>
    <message>
        <source>Internal container registry</source>
        <translation>内部コンテナーレジストリ</translation>
    </message>
    <message>
        <source>Build: available only while Lagoon builds the images, not in the running containers.</source>
        <translation>ビルド: Lagoon がイメージをビルドする間だけ使われ、実行中のコンテナーには設定されません。</translation>
    </message>
    <message>
        <source>Runtime: set in the running containers. A change reaches them with the next deployment.</source>
        <translation>ランタイム: 実行中のコンテナーに設定されます。変更は次のデプロイで反映されます。</translation>
    </message>
    <message>
        <source>Global: available both while building and in the running containers. A change reaches the containers with the next deployment.</source>
        <translation>グローバル: ビルド中と実行中のコンテナーの両方で使われます。コンテナーへの変更は次のデプロイで反映されます。</translation>
    </message>
    <message>
        <source>Container registry: credentials Lagoon uses to pull images from a private registry.</source>
        <translation>コンテナーレジストリ: Lagoon がプライベートレジストリからイメージをプルするための認証情報です。</translation>
    </message>
    <message>
        <source>Internal container registry: the registry Lagoon pushes the built images to. Deprecated; it can no longer be set.</source>
        <translation>内部コンテナーレジストリ: Lagoon がビルドしたイメージをプッシュするレジストリです。非推奨のため、設定できなくなりました。</translation>
    </message>
    <message>
        <source>Git push (webhook)</source>
        <translation>Git のプッシュ（Webhook）</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>クローン</translation>
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
    <name>Lagoon::LagoonProjectPage</name>
    <message>
        <source>Lagoon has no project %1, or you may not see it.</source>
        <translation>Lagoon にプロジェクト %1 がないか、閲覧する権限がありません。</translation>
    </message>
    <message>
        <source>production: %1</source>
        <translation>本番: %1</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>環境</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonProjectsModel</name>
    <message>
        <source>Production: %1</source>
        <translation>本番: %1</translation>
    </message>
    <message>
        <source>%1, environments: %2</source>
        <translation>%1、環境: %2</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>環境</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonRolloutFeed</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The log stream ended before the build did</source>
        <translation>ビルドの終了前にログのストリームが終了しました</translation>
    </message>
    <message>
        <source>The build was cancelled</source>
        <translation>ビルドはキャンセルされました</translation>
    </message>
    <message>
        <source>The build failed at step “%1”</source>
        <translation>ビルドはステップ「%1」で失敗しました</translation>
    </message>
    <message>
        <source>The build failed</source>
        <translation>ビルドは失敗しました</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonRunTaskPanel</name>
    <message>
        <source>This environment offers no tasks you may run.</source>
        <translation>この環境には、実行できるタスクがありません。</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>イメージ %1</translation>
    </message>
    <message>
        <source>Runs %1 in service %2</source>
        <translation>サービス %2 で %1 を実行します</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <source>Run %1 on the production environment %2?</source>
        <translation>本番環境 %2 で %1 を実行しますか？</translation>
    </message>
    <message>
        <source>Run Task</source>
        <translation>タスクを実行</translation>
    </message>
    <message>
        <source>Task %1 on %2 of %3.</source>
        <translation>%3 の %2 でのタスク %1。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>%1 を開始しています…</translation>
    </message>
    <message>
        <source>%1 did not start.</source>
        <translation>%1 は開始されませんでした。</translation>
    </message>
    <message>
        <source>Started %1 (%2).</source>
        <translation>%1 を開始しました（%2）。</translation>
    </message>
    <message>
        <source>Tasks you can run</source>
        <translation>実行できるタスク</translation>
    </message>
    <message>
        <source>Run task</source>
        <translation>タスクを実行</translation>
    </message>
    <message>
        <source>%1 was not started: you were signed out, or another account or environment was opened, before you confirmed.</source>
        <translation>%1 は開始していません: 確定する前にサインアウトしたか、別のアカウントまたは環境を開きました。</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonRunsModel</name>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonSubscriptionClient</name>
    <message numerus="yes">
        <source>%1 did not open the live-update connection within %n second(s)</source>
        <translation>
            <numerusform>%1 はライブ更新の接続を %n 秒以内に開きませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused the sign-in for live updates: %2</source>
        <translation>%1 がライブ更新のサインインを拒否しました: %2</translation>
    </message>
    <message>
        <source>The live-update connection to %1 was lost</source>
        <translation>%1 とのライブ更新の接続が切れました</translation>
    </message>
    <message>
        <source>the token was refused</source>
        <translation>トークンが拒否されました</translation>
    </message>
    <message>
        <source>Cannot reach %1 for live updates: %2</source>
        <translation>ライブ更新のために %1 に接続できません: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 offers no live updates over WebSocket; checking for changes every %n second(s) instead</source>
        <translation>
            <numerusform>%1 は WebSocket によるライブ更新を提供していません。代わりに %n 秒ごとに変更を確認します</numerusform>
        </translation>
    </message>
    <message>
        <source>refused %1 (close code %2)</source>
        <translation>%1 が拒否されました（クローズコード %2）</translation>
    </message>
    <message>
        <source>%1 stopped answering on the live-update connection</source>
        <translation>%1 がライブ更新の接続で応答しなくなりました</translation>
    </message>
    <message>
        <source>nothing received for %1 ms</source>
        <translation>%1 ミリ秒間何も受信していません</translation>
    </message>
    <message>
        <source>Lagoon at %1 refused the subscription %2: %3</source>
        <translation>%1 の Lagoon がサブスクリプション %2 を拒否しました: %3</translation>
    </message>
    <message>
        <source>Lagoon at %1 ended the subscription %2</source>
        <translation>%1 の Lagoon がサブスクリプション %2 を終了しました</translation>
    </message>
    <message>
        <source>%1 could not open live updates: %2</source>
        <translation>%1 のライブ更新を開始できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonTasksModel</name>
    <message>
        <source>%1
Command: %2</source>
        <translation>%1
コマンド: %2</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>開始したユーザー</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonTasksPanel</name>
    <message>
        <source>Select a finished task to read its log.</source>
        <translation>完了したタスクを選ぶと、そのログを読めます。</translation>
    </message>
    <message>
        <source>Log of %1 (%2)</source>
        <translation>%1 のログ（%2）</translation>
    </message>
    <message>
        <source>The log can be read here when the task has finished.</source>
        <translation>ログはタスクが完了するとここで読めます。</translation>
    </message>
    <message>
        <source>Loading the log…</source>
        <translation>ログを読み込んでいます…</translation>
    </message>
    <message>
        <source>The log could not be loaded: %1</source>
        <translation>ログを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Lagoon has no log for this task.</source>
        <translation>Lagoon にはこのタスクのログがありません。</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Task log</source>
        <translation>タスクのログ</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonTrayIcon</name>
    <message>
        <source>&amp;Show Lagoon Desktop</source>
        <translation>Lagoon Desktop を表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Do Not Disturb</source>
        <translation>通知を停止(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>No deployments running</source>
        <translation>実行中のデプロイはありません</translation>
    </message>
    <message>
        <source>Running deployments</source>
        <translation>実行中のデプロイ</translation>
    </message>
    <message>
        <source>Lagoon Desktop</source>
        <translation>Lagoon Desktop</translation>
    </message>
    <message numerus="yes">
        <source>Lagoon Desktop — %n deployment(s) running</source>
        <translation>
            <numerusform>Lagoon Desktop — %n 件のデプロイを実行中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonUrl</name>
    <message>
        <source>%1 is not a web address: enter an https:// address such as %2</source>
        <translation>%1 は Web アドレスではありません。%2 のような https:// アドレスを入力してください</translation>
    </message>
    <message>
        <source>%1 is an http:// address: your sign-in and tokens would travel unencrypted. Use its https:// address (http:// is only for a Lagoon on this computer).</source>
        <translation>%1 は http:// アドレスです。サインイン情報とトークンが暗号化されずに送信されます。https:// アドレスを使用してください（http:// はこのコンピューター上の Lagoon にのみ使用できます）。</translation>
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
    <name>Lagoon::LagoonVariableDialog</name>
    <message>
        <source>Add Variable</source>
        <translation>変数の追加</translation>
    </message>
    <message>
        <source>Variable name</source>
        <translation>変数名</translation>
    </message>
    <message>
        <source>Variable value</source>
        <translation>変数の値</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>設定先</translation>
    </message>
    <message>
        <source>Environment %1 only</source>
        <translation>環境 %1 のみ</translation>
    </message>
    <message>
        <source>The whole project</source>
        <translation>プロジェクト全体</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>値(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>スコープ(&amp;S):</translation>
    </message>
    <message>
        <source>Set &amp;on:</source>
        <translation>設定先(&amp;O):</translation>
    </message>
    <message>
        <source>Change Variable</source>
        <translation>変数の変更</translation>
    </message>
    <message>
        <source>A variable name has letters, digits and underscores, and does not start with a digit.</source>
        <translation>変数名には英字、数字、アンダースコアを使い、数字で始めることはできません。</translation>
    </message>
    <message>
        <source>Unchanged: type a new value to replace it</source>
        <translation>変更なし: 置き換えるには新しい値を入力してください</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonVariablesModel</name>
    <message>
        <source>The environment&apos;s own %1 takes precedence over this project variable.</source>
        <translation>この環境自身の %1 が、このプロジェクト変数より優先されます。</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Set on this environment only; it overrides a project variable of the same name.</source>
        <translation>この環境にのみ設定されています。同じ名前のプロジェクト変数より優先されます。</translation>
    </message>
    <message>
        <source>Set on the project: it applies to every environment that does not set it itself.</source>
        <translation>プロジェクトに設定されています。自身で設定していないすべての環境に適用されます。</translation>
    </message>
    <message>
        <source>Hidden value</source>
        <translation>非表示の値</translation>
    </message>
    <message>
        <source>Hidden. Reveal fetches the value from Lagoon; it is never stored on this computer.</source>
        <translation>非表示です。「表示」で Lagoon から値を取得します。値がこのコンピューターに保存されることはありません。</translation>
    </message>
    <message>
        <source>Where Lagoon puts the variable: build (image builds only), runtime (running containers), global (both), container_registry (registry credentials), internal_container_registry (deprecated).</source>
        <translation>Lagoon が変数を設定する場所: build（イメージのビルドのみ）、runtime（実行中のコンテナー）、global（両方）、container_registry（レジストリの認証情報）、internal_container_registry（非推奨）。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>設定先</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonVariablesPanel</name>
    <message>
        <source>Running containers get the new value only with the next deployment: redeploy the environment for it to take effect.</source>
        <translation>実行中のコンテナーに新しい値が届くのは次のデプロイの時です。反映するには環境を再デプロイしてください。</translation>
    </message>
    <message>
        <source>It is used from the next build on.</source>
        <translation>次のビルドから使われます。</translation>
    </message>
    <message>
        <source>It is used from the next deployment on.</source>
        <translation>次のデプロイから使われます。</translation>
    </message>
    <message>
        <source>You may not see the project&apos;s own variables.</source>
        <translation>プロジェクト自体の変数を閲覧する権限がありません。</translation>
    </message>
    <message>
        <source>Fetching the value of %1…</source>
        <translation>%1 の値を取得しています…</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 はもう存在しません。</translation>
    </message>
    <message>
        <source>project %1 (every environment)</source>
        <translation>プロジェクト %1（すべての環境）</translation>
    </message>
    <message>
        <source>environment %1 of %2</source>
        <translation>%2 の環境 %1</translation>
    </message>
    <message>
        <source>Change %1 on %2?</source>
        <translation>%2 の %1 を変更しますか？</translation>
    </message>
    <message>
        <source>Add %1 to %2?</source>
        <translation>%2 に %1 を追加しますか？</translation>
    </message>
    <message>
        <source>Change Variable</source>
        <translation>変数の変更</translation>
    </message>
    <message>
        <source>Add Variable</source>
        <translation>変数の追加</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 を保存しています…</translation>
    </message>
    <message>
        <source>Saved %1. %2</source>
        <translation>%1 を保存しました。%2</translation>
    </message>
    <message>
        <source>Delete Variable</source>
        <translation>変数の削除</translation>
    </message>
    <message>
        <source>Delete %1 from %2?</source>
        <translation>%2 から %1 を削除しますか？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Deleted %1. %2</source>
        <translation>%1 を削除しました。%2</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Add a variable to this environment or its project</source>
        <translation>この環境またはそのプロジェクトに変数を追加します</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>変更…</translation>
    </message>
    <message>
        <source>Give the selected variable a new value or scope</source>
        <translation>選択した変数に新しい値またはスコープを設定します</translation>
    </message>
    <message>
        <source>Delete the selected variable</source>
        <translation>選択した変数を削除します</translation>
    </message>
    <message>
        <source>Fetch the selected variable&apos;s value from Lagoon and show it (it is never stored)</source>
        <translation>選択した変数の値を Lagoon から取得して表示します（保存はされません）</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>変数</translation>
    </message>
    <message>
        <source>%1: you were signed out, or another account or environment was opened, before you confirmed. Nothing was changed on Lagoon.</source>
        <translation>%1: 確定する前にサインアウトしたか、別のアカウントまたは環境を開きました。Lagoon では何も変更していません。</translation>
    </message>
    <message>
        <source>%1 was not saved</source>
        <translation>%1 は保存していません</translation>
    </message>
    <message>
        <source>Its value stays as it is.</source>
        <translation>値はそのまま残ります。</translation>
    </message>
    <message>
        <source>%1 no longer exists; nothing was changed.</source>
        <translation>%1 はもう存在しません。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 was not deleted</source>
        <translation>%1 は削除していません</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonYmlAssist</name>
    <message>
        <source>Default: %1</source>
        <translation>既定: %1</translation>
    </message>
    <message>
        <source>Deprecated: %1</source>
        <translation>非推奨: %1</translation>
    </message>
    <message>
        <source>Plain HTTP is served as well as HTTPS.</source>
        <translation>HTTPS に加えて通常の HTTP でも配信されます。</translation>
    </message>
    <message>
        <source>Plain HTTP is redirected to HTTPS.</source>
        <translation>通常の HTTP は HTTPS にリダイレクトされます。</translation>
    </message>
    <message>
        <source>Deprecated: the same as Redirect.</source>
        <translation>非推奨: Redirect と同じです。</translation>
    </message>
    <message>
        <source>service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>A service in docker-compose.yml.</source>
        <translation>docker-compose.yml のサービスです。</translation>
    </message>
    <message>
        <source>service type</source>
        <translation>サービスタイプ</translation>
    </message>
    <message>
        <source>cron schedule</source>
        <translation>cron スケジュール</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>値: %1</translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonYmlForm</name>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Which compose file Lagoon reads, and the variables it adds to every build.</source>
        <translation>Lagoon が読み込む compose ファイルと、すべてのビルドに追加される変数です。</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Routes, cronjobs and service types of each environment. An environment is named after its branch; environments without settings here use the defaults.</source>
        <translation>各環境のルート、cronjob、サービスタイプです。環境の名前はブランチ名になります。ここで設定されていない環境には既定値が使われます。</translation>
    </message>
    <message>
        <source>Production routes</source>
        <translation>本番ルート</translation>
    </message>
    <message>
        <source>For active/standby projects: the routes that move when production switches.</source>
        <translation>アクティブ/スタンバイ構成のプロジェクト向け: 本番環境の切り替え時に移動するルートです。</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Commands run in a service&apos;s container around every deployment. A failing task fails the deployment.</source>
        <translation>各デプロイの前後にサービスのコンテナーで実行するコマンドです。タスクが失敗するとデプロイも失敗します。</translation>
    </message>
    <message>
        <source>Autogenerated routes</source>
        <translation>自動生成ルート</translation>
    </message>
    <message>
        <source>Lagoon gives every web service of every environment a route of its own (service-project-environment.cluster). Settings for all environments.</source>
        <translation>Lagoon はすべての環境のすべての Web サービスに専用のルート（service-project-environment.cluster）を割り当てます。ここの設定はすべての環境に適用されます。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>When production is backed up and how many backups are kept.</source>
        <translation>本番環境をバックアップするタイミングと、保持するバックアップの数です。</translation>
    </message>
    <message>
        <source>Container registries</source>
        <translation>コンテナーレジストリ</translation>
    </message>
    <message>
        <source>Private registries the build logs in to, to pull base images or push its own.</source>
        <translation>ベースイメージの pull や独自イメージの push のために、ビルドがログインするプライベートレジストリです。</translation>
    </message>
    <message>
        <source>Sections of .lagoon.yml</source>
        <translation>.lagoon.yml のセクション</translation>
    </message>
    <message>
        <source>Greyed-out values come from an anchor or a merge key elsewhere in the file; edit them in the text.</source>
        <translation>グレー表示の値は、ファイル内の別の場所にあるアンカーまたはマージキーから取得されています。テキストで編集してください。</translation>
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
    <name>Lagoon::LineNumberArea</name>
    <message>
        <source>Line numbers</source>
        <translation>行番号</translation>
    </message>
    <message>
        <source>The line numbers, with a marker on each line that has a problem; a marker&apos;s tool tip says what is wrong</source>
        <translation>行番号。問題のある行にはマーカーが付き、マーカーのツールチップに問題の内容が表示されます</translation>
    </message>
</context>
<context>
    <name>Lagoon::LocalRollout</name>
    <message>
        <source>Run %1 locally</source>
        <translation>%1 をローカルで実行</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Build the images</source>
        <translation>イメージのビルド</translation>
    </message>
    <message>
        <source>Start the services</source>
        <translation>サービスの起動</translation>
    </message>
    <message>
        <source>Wait until the services are ready</source>
        <translation>サービスの準備完了を待機</translation>
    </message>
    <message>
        <source>Reading %1 in %2</source>
        <translation>%2 の %1 を読み込んでいます</translation>
    </message>
    <message numerus="yes">
        <source>The project files have %n error(s): Lagoon would refuse to deploy them.</source>
        <translation>
            <numerusform>プロジェクトのファイルに %n 件のエラーがあります。Lagoon はこれらのデプロイを拒否します。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a compose project name: it needs a letter or digit.</source>
        <translation>&quot;%1&quot; は compose のプロジェクト名にできません。英字か数字が必要です。</translation>
    </message>
    <message>
        <source>Compose project %1, file %2</source>
        <translation>compose プロジェクト %1、ファイル %2</translation>
    </message>
    <message>
        <source>Pre-rollout task: %1</source>
        <translation>ロールアウト前タスク: %1</translation>
    </message>
    <message>
        <source>Post-rollout task: %1</source>
        <translation>ロールアウト後タスク: %1</translation>
    </message>
    <message>
        <source>Docker Engine %1 (API %2) at %3</source>
        <translation>Docker Engine %1（API %2）: %3</translation>
    </message>
    <message>
        <source>Skipped: building was switched off.</source>
        <translation>スキップ: ビルドはオフになっています。</translation>
    </message>
    <message>
        <source>Compose is busy with another command.</source>
        <translation>compose は別のコマンドを実行中です。</translation>
    </message>
    <message>
        <source>The rollout was cancelled.</source>
        <translation>ロールアウトはキャンセルされました。</translation>
    </message>
    <message>
        <source>The connection to Docker was lost.</source>
        <translation>Docker との接続が切断されました。</translation>
    </message>
    <message>
        <source>The service %1 %2; its logs say why.</source>
        <translation>サービス %1: %2。原因はログで確認できます。</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) ready.</source>
        <translation>
            <numerusform>%n 個のサービスの準備ができました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not ready after %1 s: %2.</source>
        <translation>%1 秒経っても準備ができていません: %2。</translation>
    </message>
    <message>
        <source>Skipped: %1 is set.</source>
        <translation>スキップ: %1 が設定されています。</translation>
    </message>
    <message>
        <source>No deployments found matching label: lagoon.sh/service=</source>
        <translation>ラベル lagoon.sh/service= に一致する Deployment が見つかりません（No deployments found matching label: lagoon.sh/service=）</translation>
    </message>
    <message>
        <source>Skipped: Lagoon runs pre-rollout tasks in the containers of the previous deployment, and %1 had none before this rollout (as on a first deploy).</source>
        <translation>スキップ: Lagoon はロールアウト前タスクを以前のデプロイのコンテナーで実行しますが、このロールアウトの前にはサービス %1 のコンテナーがありませんでした（初回のデプロイと同様）。</translation>
    </message>
    <message>
        <source>The task&apos;s service %1 is not in the compose file.</source>
        <translation>タスクのサービス %1 が compose ファイルにありません。</translation>
    </message>
    <message>
        <source>The service %1 has no running container to run the task in.</source>
        <translation>サービス %1 にはタスクを実行できる稼働中のコンテナーがありません。</translation>
    </message>
    <message>
        <source>Condition: %1 (local variables: %2)</source>
        <translation>条件: %1（ローカルの変数: %2）</translation>
    </message>
    <message>
        <source>The condition is true here.</source>
        <translation>ここでは条件は true です。</translation>
    </message>
    <message>
        <source>Skipped: its condition is false here.</source>
        <translation>スキップ: ここでは条件が false です。</translation>
    </message>
    <message>
        <source>Skipped: its condition cannot be evaluated locally (%1). Lagoon decides it with the project&apos;s variables.</source>
        <translation>スキップ: 条件をローカルで評価できません（%1）。Lagoon はプロジェクトの変数で判定します。</translation>
    </message>
    <message>
        <source>$ %1 -c %2   (in %3, service %4)</source>
        <translation>$ %1 -c %2   （%3 内、サービス %4）</translation>
    </message>
    <message>
        <source>(the output was cut: it was too long)</source>
        <translation>（出力が長すぎるため省略しました）</translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; failed with exit code %2.</source>
        <translation>タスク &quot;%1&quot; は終了コード %2 で失敗しました。</translation>
    </message>
    <message>
        <source>Pre-rollout task &quot;%1&quot; failed with exit code %2.</source>
        <translation>ロールアウト前タスク &quot;%1&quot; は終了コード %2 で失敗しました。</translation>
    </message>
    <message>
        <source>Post-rollout task &quot;%1&quot; failed with exit code %2.</source>
        <translation>ロールアウト後タスク &quot;%1&quot; は終了コード %2 で失敗しました。</translation>
    </message>
    <message>
        <source>Cancelled. Docker cannot stop a command started with exec: it runs on in the container until it ends.</source>
        <translation>キャンセルしました。Docker は exec で開始したコマンドを停止できないため、コマンドは終了するまでコンテナー内で実行され続けます。</translation>
    </message>
</context>
<context>
    <name>Lagoon::LocalStackModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1/%2 → %3</source>
        <translation>%1/%2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>Restarted %n time(s)</source>
        <translation>
            <numerusform>%n 回再起動しました</numerusform>
        </translation>
    </message>
    <message>
        <source>The compose file no longer has this service; its container is left over.</source>
        <translation>compose ファイルにこのサービスがなくなりました。コンテナーだけが残っています。</translation>
    </message>
    <message>
        <source>Container %1 (%2)</source>
        <translation>コンテナー %1（%2）</translation>
    </message>
    <message>
        <source>%1 → container port %2/%3</source>
        <translation>%1 → コンテナーのポート %2/%3</translation>
    </message>
    <message>
        <source>Click an address to open it.</source>
        <translation>アドレスをクリックすると開きます。</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>起動日時: %1</translation>
    </message>
    <message>
        <source>No published ports</source>
        <translation>公開ポートなし</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>ヘルス</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>Up for</source>
        <translation>稼働時間</translation>
    </message>
    <message>
        <source>CPU · Memory</source>
        <translation>CPU · メモリ</translation>
    </message>
</context>
<context>
    <name>Lagoon::LocalStackPanel</name>
    <message>
        <source>The compose file could not be read; the Problems list says why.</source>
        <translation>compose ファイルを読み込めませんでした。理由は「問題」一覧に表示されています。</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) failing</source>
        <translation>
            <numerusform>%n 個のサービスに問題</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n running</source>
        <translation>
            <numerusform>%n 個中 %1 個が実行中</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>%1: done in %2 s</source>
        <translation>%1: %2 秒で完了</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: キャンセルしました</translation>
    </message>
    <message>
        <source>Ran locally in %1 s</source>
        <translation>ローカル実行が %1 秒で完了しました</translation>
    </message>
    <message>
        <source>Local rollout cancelled</source>
        <translation>ローカルのロールアウトをキャンセルしました</translation>
    </message>
    <message>
        <source>The local rollout failed</source>
        <translation>ローカルのロールアウトに失敗しました</translation>
    </message>
    <message>
        <source>Running locally…</source>
        <translation>ローカルで実行中…</translation>
    </message>
    <message>
        <source>Run Locally</source>
        <translation>ローカルで実行</translation>
    </message>
    <message>
        <source>Run the project like Lagoon: validate, build, start, wait until healthy, then run the post-rollout tasks of .lagoon.yml</source>
        <translation>Lagoon と同じ手順でプロジェクトを実行します: 検証、ビルド、起動、正常になるまで待機し、.lagoon.yml のロールアウト後タスクを実行します</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>起動</translation>
    </message>
    <message>
        <source>Create and start every service (docker compose up -d)</source>
        <translation>すべてのサービスを作成して起動します（docker compose up -d）</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>停止して削除</translation>
    </message>
    <message>
        <source>Stop and remove the services&apos; containers and networks; volumes stay</source>
        <translation>サービスのコンテナーとネットワークを停止して削除します。ボリュームは残ります</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Restart every service</source>
        <translation>すべてのサービスを再起動します</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>再ビルド</translation>
    </message>
    <message>
        <source>Build the images again and replace the containers</source>
        <translation>イメージをビルドし直してコンテナーを置き換えます</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the command or rollout that is running</source>
        <translation>実行中のコマンドまたはロールアウトを停止します</translation>
    </message>
    <message>
        <source>Compose output</source>
        <translation>Compose の出力</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>ロールアウト</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>プロジェクトが開かれていません</translation>
    </message>
    <message>
        <source>Open a project to run its services on this machine&apos;s Docker, the way Lagoon runs them.</source>
        <translation>プロジェクトを開くと、そのサービスを Lagoon と同じ方法でこのマシンの Docker で実行できます。</translation>
    </message>
    <message>
        <source>Nothing to run</source>
        <translation>実行するものがありません</translation>
    </message>
    <message>
        <source>The project&apos;s files changed; they are read again when this run is over.</source>
        <translation>プロジェクトのファイルが変更されました。この実行が終わってから読み直します。</translation>
    </message>
</context>
<context>
    <name>Lagoon::LogSearchBar</name>
    <message>
        <source>more than %1</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索しています…</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>結果なし</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 件一致</translation>
    </message>
    <message>
        <source>Find in the log</source>
        <translation>ログ内を検索</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>前の一致 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>次の一致 (F3)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる (Esc)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>前の一致</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>次の一致</translation>
    </message>
    <message>
        <source>Close search</source>
        <translation>検索を閉じる</translation>
    </message>
</context>
<context>
    <name>Lagoon::LogView</name>
    <message numerus="yes">
        <source>— %1 line(s)</source>
        <translation>
            <numerusform>— %1 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>A read-only log. Ctrl+F finds, Enter folds or unfolds a step, End follows new lines.</source>
        <translation>読み取り専用のログです。Ctrl+F で検索、Enter でステップを折りたたむ／展開、End で新しい行に追従します。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Fold All Steps</source>
        <translation>すべてのステップを折りたたむ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Unfold All Steps</source>
        <translation>すべてのステップを展開(&amp;U)</translation>
    </message>
</context>
<context>
    <name>Lagoon::MainWindow</name>
    <message>
        <source>Deployments</source>
        <translation>デプロイ</translation>
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
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the file in the current tab</source>
        <translation>現在のタブのファイルを保存</translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation>すべて保存(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Restore unsaved edits?</source>
        <translation>未保存の編集を復元しますか？</translation>
    </message>
    <message>
        <source>Lagoon Desktop closed before your edits to %1 were saved. Restore them?</source>
        <translation>%1 への編集が保存される前に Lagoon Desktop が終了しました。復元しますか？</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Deploy Plan</source>
        <translation>デプロイ計画</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing the project?</source>
        <translation>%1 には未保存の変更があります。プロジェクトを閉じる前に保存しますか？</translation>
    </message>
    <message>
        <source>Lagoon &amp;Accounts…</source>
        <translation>Lagoon アカウント(&amp;A)…</translation>
    </message>
    <message>
        <source>Add Lagoon accounts, sign in and out</source>
        <translation>Lagoon アカウントを追加し、サインイン・サインアウトします</translation>
    </message>
    <message>
        <source>&amp;Lagoon</source>
        <translation>Lagoon(&amp;L)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Deployment %1 of %2 · %3 cannot be shown: Lagoon did not list it.</source>
        <translation>%2 · %3 のデプロイ %1 を表示できません: Lagoon の一覧にありません。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>the status bar&apos;s error count, then its warning count</comment>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>Lagoon::MemorySecretStore</name>
    <message>
        <source>No secret is stored for this account</source>
        <translation>このアカウントのシークレットは保存されていません</translation>
    </message>
</context>
<context>
    <name>Lagoon::NotificationTexts</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>✔ %1 deployed</source>
        <translation>✔ %1 をデプロイしました</translation>
    </message>
    <message>
        <source>⚠ %1 deployed with warnings</source>
        <translation>⚠ %1 をデプロイしました（警告あり）</translation>
    </message>
    <message>
        <source>✖ %1 failed</source>
        <translation>✖ %1 のデプロイに失敗しました</translation>
    </message>
    <message>
        <source>✖ %1 failed at %2</source>
        <translation>✖ %1 のデプロイが %2 で失敗しました</translation>
    </message>
    <message>
        <source>◼ %1 deployment cancelled</source>
        <translation>◼ %1 のデプロイがキャンセルされました</translation>
    </message>
    <message>
        <source>Cancelled after %1</source>
        <translation>%1 後にキャンセル</translation>
    </message>
    <message>
        <source>Failed after %1</source>
        <translation>%1 後に失敗</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>所要時間 %1</translation>
    </message>
    <message>
        <source>Build %1</source>
        <translation>ビルド %1</translation>
    </message>
</context>
<context>
    <name>Lagoon::OAuthErrors</name>
    <message>
        <source>Cannot reach the sign-in server %1: the connection was refused</source>
        <translation>サインインサーバー %1 に接続できません: 接続が拒否されました</translation>
    </message>
    <message>
        <source>Cannot reach the sign-in server %1: the host name cannot be resolved</source>
        <translation>サインインサーバー %1 に接続できません: ホスト名を解決できません</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in server %1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>サインインサーバー %1 が %n 秒以内に応答しませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to the sign-in server %1 failed: its certificate was not accepted</source>
        <translation>サインインサーバー %1 との安全な接続に失敗しました: 証明書が受け入れられませんでした</translation>
    </message>
    <message>
        <source>Cannot reach the sign-in server %1</source>
        <translation>サインインサーバー %1 に接続できません</translation>
    </message>
    <message>
        <source>Your sign-in at %1 has expired or was ended elsewhere: sign in again</source>
        <translation>%1 でのサインインの有効期限が切れたか、別の場所で終了されました: もう一度サインインしてください</translation>
    </message>
    <message>
        <source>The sign-in server %1 does not accept this app&apos;s client: ask your Lagoon administrator whether the lagoon-cli client is enabled</source>
        <translation>サインインサーバー %1 がこのアプリのクライアントを受け付けません: lagoon-cli クライアントが有効かどうか Lagoon の管理者に確認してください</translation>
    </message>
    <message>
        <source>The sign-in server %1 failed (HTTP %2)</source>
        <translation>サインインサーバー %1 でエラーが発生しました（HTTP %2）</translation>
    </message>
    <message>
        <source>The sign-in server %1 refused the request: %2</source>
        <translation>サインインサーバー %1 がリクエストを拒否しました: %2</translation>
    </message>
</context>
<context>
    <name>Lagoon::OpenIdConfiguration</name>
    <message>
        <source>%1 does not describe a sign-in server (no OpenID configuration)</source>
        <translation>%1 はサインインサーバーではありません（OpenID の設定がありません）</translation>
    </message>
    <message>
        <source>%1 has no OpenID configuration (HTTP %2): check the sign-in server and realm</source>
        <translation>%1 に OpenID の設定がありません（HTTP %2）: サインインサーバーとレルムを確認してください</translation>
    </message>
</context>
<context>
    <name>Lagoon::PlanPreviewPanel</name>
    <message>
        <source>&amp;Environment:</source>
        <translation>環境(&amp;E):</translation>
    </message>
    <message>
        <source>branch name</source>
        <translation>ブランチ名</translation>
    </message>
    <message>
        <source>An environment of .lagoon.yml, or any branch name Lagoon would deploy</source>
        <translation>.lagoon.yml の環境、または Lagoon がデプロイする任意のブランチ名</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>種類(&amp;T):</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>本番</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>開発</translation>
    </message>
    <message>
        <source>The environment type Lagoon deploys it as; production also applies backup settings</source>
        <translation>Lagoon がデプロイする際の環境の種類です。本番の場合はバックアップ設定も適用されます</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>Cronjobs</source>
        <translation>cronjob</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>No .lagoon.yml</source>
        <translation>.lagoon.yml がありません</translation>
    </message>
    <message>
        <source>Lagoon deploys what .lagoon.yml and the compose file it names describe. Add a .lagoon.yml to see the deploy plan here.</source>
        <translation>Lagoon は .lagoon.yml と、そこで指定された compose ファイルの内容に従ってデプロイします。.lagoon.yml を追加すると、ここにデプロイ計画が表示されます。</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 を読み取れません</translation>
    </message>
    <message>
        <source>Fix the errors in the Problems panel and the deploy plan comes back.</source>
        <translation>問題パネルのエラーを修正すると、デプロイ計画が再び表示されます。</translation>
    </message>
    <message>
        <source>Choose an environment</source>
        <translation>環境を選択してください</translation>
    </message>
    <message>
        <source>Pick an environment of .lagoon.yml or type a branch name to see what Lagoon would deploy for it.</source>
        <translation>.lagoon.yml の環境を選択するかブランチ名を入力すると、Lagoon がデプロイする内容を確認できます。</translation>
    </message>
    <message>
        <source>Namespace %1</source>
        <translation>ネームスペース %1</translation>
    </message>
    <message>
        <source>primary route %1</source>
        <translation>プライマリルート %1</translation>
    </message>
    <message>
        <source>active production environment</source>
        <translation>アクティブな本番環境</translation>
    </message>
    <message>
        <source>standby production environment</source>
        <translation>スタンバイの本番環境</translation>
    </message>
    <message>
        <source>cronjobs disabled (LAGOON_CRONJOBS_DISABLED)</source>
        <translation>cronjob 無効（LAGOON_CRONJOBS_DISABLED）</translation>
    </message>
    <message>
        <source>Autogenerated routes use the example router pattern %1; your Lagoon cluster sets its own.</source>
        <translation>自動生成ルートには例としてルーターパターン %1 を使用しています。実際の Lagoon クラスターでは独自のパターンが設定されています。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Runs as</source>
        <translation>実行形態</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Set by environments.%1.types in .lagoon.yml</source>
        <translation>.lagoon.yml の environments.%1.types で設定</translation>
    </message>
    <message>
        <source>Set by the LAGOON_SERVICE_TYPES variable</source>
        <translation>LAGOON_SERVICE_TYPES 変数で設定</translation>
    </message>
    <message>
        <source>lagoon.type label: %1</source>
        <translation>lagoon.type ラベル: %1</translation>
    </message>
    <message>
        <source>own pod</source>
        <translation>専用の Pod</translation>
    </message>
    <message>
        <source>own pod, with %1</source>
        <translation>専用の Pod（%1 を含む）</translation>
    </message>
    <message>
        <source>container in %1&apos;s pod</source>
        <translation>%1 の Pod 内のコンテナー</translation>
    </message>
    <message>
        <source>not deployed</source>
        <translation>デプロイしない</translation>
    </message>
    <message>
        <source>volume %1 (%2) at %3</source>
        <translation>ボリューム %1（%2）を %3 にマウント</translation>
    </message>
    <message>
        <source>mounts %1 at %2</source>
        <translation>%1 を %2 にマウント</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Insecure</source>
        <translation>Insecure</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>プライマリ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
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
        <source>standby</source>
        <translation>スタンバイ</translation>
    </message>
    <message>
        <source>active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Alternative names: %1</source>
        <translation>代替名: %1</translation>
    </message>
    <message>
        <source>Ingress %1</source>
        <translation>Ingress %1</translation>
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
        <source>Allow</source>
        <translation>Allow</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>プライマリ</translation>
    </message>
    <message>
        <source>Cronjob</source>
        <translation>cronjob</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決後</translation>
    </message>
    <message>
        <source>Runs in</source>
        <translation>実行場所</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>pod&apos;s crontab</source>
        <translation>Pod の crontab</translation>
    </message>
    <message>
        <source>CronJob %1</source>
        <translation>CronJob %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>タイミング</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Shell: %1</source>
        <translation>シェル: %1</translation>
    </message>
    <message>
        <source>Container: %1</source>
        <translation>コンテナー: %1</translation>
    </message>
    <message>
        <source>Only when: %1</source>
        <translation>実行条件: %1</translation>
    </message>
    <message>
        <source>Disabled by a LAGOON_*_DISABLED variable</source>
        <translation>LAGOON_*_DISABLED 変数により無効</translation>
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
        <source>Problems (%1)</source>
        <translation>問題（%1）</translation>
    </message>
    <message>
        <source>Services (%1)</source>
        <translation>サービス（%1）</translation>
    </message>
    <message>
        <source>Routes (%1)</source>
        <translation>ルート（%1）</translation>
    </message>
    <message>
        <source>Cronjobs (%1)</source>
        <translation>cronjob（%1）</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>タスク（%1）</translation>
    </message>
    <message>
        <source>No problems in the plan for this environment.</source>
        <translation>この環境の計画に問題はありません。</translation>
    </message>
    <message>
        <source>The compose file has no services.</source>
        <translation>compose ファイルにサービスがありません。</translation>
    </message>
    <message>
        <source>No routes: this environment gets no autogenerated or custom routes.</source>
        <translation>ルートはありません。この環境には自動生成ルートもカスタムルートも割り当てられません。</translation>
    </message>
    <message>
        <source>No cronjobs for this environment.</source>
        <translation>この環境の cronjob はありません。</translation>
    </message>
    <message>
        <source>No pre- or post-rollout tasks.</source>
        <translation>pre-rollout タスクも post-rollout タスクもありません。</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
</context>
<context>
    <name>Lagoon::PodFrameItem</name>
    <message>
        <source>These services share lagoon.name %1: Lagoon runs them as containers of one pod.</source>
        <translation>これらのサービスは lagoon.name %1 を共有しています。Lagoon はこれらを 1 つの Pod のコンテナーとして実行します。</translation>
    </message>
    <message>
        <source>pod %1</source>
        <translation>Pod %1</translation>
    </message>
</context>
<context>
    <name>Lagoon::PolledBuildLogSource</name>
    <message>
        <source>polled from the Lagoon API every %1 s</source>
        <translation>Lagoon API から %1 秒ごとに取得</translation>
    </message>
</context>
<context>
    <name>Lagoon::PortsEditor</name>
    <message>
        <source>A container port (&quot;8080&quot;), or host:container (&quot;8080:80&quot;). Lagoon only reads the container port, for services whose type allows another port.</source>
        <translation>コンテナーポート（&quot;8080&quot;）、または host:container（&quot;8080:80&quot;）。Lagoon が読み取るのはコンテナーポートのみで、タイプが別のポートを許可するサービスでのみ使用されます。</translation>
    </message>
    <message>
        <source>A port in long syntax (target: %1); edit it in the text.</source>
        <translation>長い構文で書かれたポート（target: %1）です。テキストで編集してください。</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>ポート %1</translation>
    </message>
    <message>
        <source>Change port</source>
        <translation>ポートを変更</translation>
    </message>
    <message>
        <source>Remove this port</source>
        <translation>このポートを削除</translation>
    </message>
    <message>
        <source>Remove port %1</source>
        <translation>ポート %1 を削除</translation>
    </message>
    <message>
        <source>Remove port</source>
        <translation>ポートを削除</translation>
    </message>
    <message>
        <source>No ports published.</source>
        <translation>公開されているポートはありません。</translation>
    </message>
    <message>
        <source>add a port, e.g. 8080</source>
        <translation>ポートを追加（例: 8080）</translation>
    </message>
    <message>
        <source>New port</source>
        <translation>新しいポート</translation>
    </message>
    <message>
        <source>Add port</source>
        <translation>ポートを追加</translation>
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
    <message>
        <source>Every outcome</source>
        <translation>すべての結果</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>失敗のみ</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Deployment notifications</source>
        <translation>デプロイの通知</translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>通知を停止(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep watching deployments in the tray when the window is closed</source>
        <translation>ウィンドウを閉じてもトレイでデプロイの監視を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Notify about:</source>
        <translation>通知する対象(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Projects with a choice of their own:</source>
        <translation>個別に設定するプロジェクト(&amp;P):</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Notify about</source>
        <translation>通知する対象</translation>
    </message>
    <message>
        <source>&amp;Add Project</source>
        <translation>プロジェクトを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Notifications for %1</source>
        <translation>%1 の通知</translation>
    </message>
    <message>
        <source>Projects with a choice of their own</source>
        <translation>個別に設定したプロジェクト</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>ハイコントラスト</translation>
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
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>注記 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide errors</source>
        <translation>エラーの表示/非表示を切り替え</translation>
    </message>
    <message>
        <source>Show or hide warnings</source>
        <translation>警告の表示/非表示を切り替え</translation>
    </message>
    <message>
        <source>Show or hide notes</source>
        <translation>注記の表示/非表示を切り替え</translation>
    </message>
    <message>
        <source>All problems are hidden by the filters above.</source>
        <translation>すべての問題が上のフィルターによって非表示になっています。</translation>
    </message>
</context>
<context>
    <name>Lagoon::ProductionRoutesSection</name>
    <message>
        <source>Active environment</source>
        <translation>アクティブ環境</translation>
    </message>
    <message>
        <source>Served by whichever production environment is active; they move to the other one on a switch.</source>
        <translation>その時点でアクティブな本番環境が提供します。切り替え時にはもう一方の環境へ移動します。</translation>
    </message>
    <message>
        <source>No routes follow the active environment.</source>
        <translation>アクティブ環境に追従するルートはありません。</translation>
    </message>
    <message>
        <source>Standby environment</source>
        <translation>スタンバイ環境</translation>
    </message>
    <message>
        <source>Served by the standby production environment, for example a preview of the next release.</source>
        <translation>スタンバイの本番環境が提供します（例: 次のリリースのプレビュー）。</translation>
    </message>
    <message>
        <source>No routes follow the standby environment.</source>
        <translation>スタンバイ環境に追従するルートはありません。</translation>
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
    <message numerus="yes">
        <source>Uncommitted changes (%Ln):</source>
        <translation>
            <numerusform>未コミットの変更 (%Ln 件):</numerusform>
        </translation>
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
    <name>Lagoon::RegistriesSection</name>
    <message>
        <source>Remove this registry</source>
        <translation>このレジストリを削除</translation>
    </message>
    <message>
        <source>Remove registry</source>
        <translation>レジストリを削除</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>How the registry is called in this file.</source>
        <translation>このファイル内でのレジストリの呼び名です。</translation>
    </message>
    <message>
        <source>Rename registry</source>
        <translation>レジストリ名を変更</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>a password or the name of a Lagoon variable</source>
        <translation>パスワードまたは Lagoon 変数の名前</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>empty for Docker Hub</source>
        <translation>Docker Hub の場合は空欄</translation>
    </message>
    <message>
        <source>Change registry</source>
        <translation>レジストリを変更</translation>
    </message>
    <message>
        <source>No private registries: images are pulled from public registries only.</source>
        <translation>プライベートレジストリはありません。イメージはパブリックレジストリからのみ pull されます。</translation>
    </message>
    <message>
        <source>name of a new registry</source>
        <translation>新しいレジストリの名前</translation>
    </message>
    <message>
        <source>Name of the new registry</source>
        <translation>新しいレジストリの名前</translation>
    </message>
    <message>
        <source>Add registry</source>
        <translation>レジストリを追加</translation>
    </message>
</context>
<context>
    <name>Lagoon::RemoteRolloutPage</name>
    <message>
        <source>Redeploy</source>
        <translation>再デプロイ</translation>
    </message>
    <message>
        <source>Deploys the latest commit of %1 again</source>
        <translation>%1 の最新のコミットを再度デプロイします</translation>
    </message>
    <message>
        <source>Deploy This Commit Again</source>
        <translation>このコミットを再デプロイ</translation>
    </message>
    <message>
        <source>Only for builds started from this computer: Lagoon does not record which commit a build built</source>
        <translation>このコンピューターから開始したビルドでのみ使用できます: Lagoon はビルドしたコミットを記録しません</translation>
    </message>
    <message>
        <source>Deploys commit %1 of %2 again</source>
        <translation>%2 のコミット %1 を再度デプロイします</translation>
    </message>
    <message>
        <source>Open in Lagoon</source>
        <translation>Lagoon で開く</translation>
    </message>
    <message>
        <source>Build actions</source>
        <translation>ビルドの操作</translation>
    </message>
    <message>
        <source>Where the log comes from</source>
        <translation>ログの取得元</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Cancel build</source>
        <translation>ビルドをキャンセル</translation>
    </message>
    <message>
        <source>Cancel %1?</source>
        <translation>%1 をキャンセルしますか？</translation>
    </message>
    <message>
        <source>The build stops where it is; what it already changed stays.</source>
        <translation>ビルドはその時点で停止します。すでに変更された内容はそのまま残ります。</translation>
    </message>
    <message>
        <source>Not following any more: the Lagoon session ended. Open the build again from the Deployments dock once signed in.</source>
        <translation>追従を停止しました: Lagoon のセッションが終了しました。サインイン後に「デプロイ」パネルからビルドを開き直してください。</translation>
    </message>
</context>
<context>
    <name>Lagoon::RolloutRecord</name>
    <message>
        <source>pending</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>completed with warnings</source>
        <translation>完了（警告あり）</translation>
    </message>
</context>
<context>
    <name>Lagoon::RolloutStep</name>
    <message>
        <source>pending</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
</context>
<context>
    <name>Lagoon::RolloutStepsModel</name>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Done, with warnings</source>
        <translation>完了（警告あり）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>usual ~%1</source>
        <translation>通常 約 %1</translation>
    </message>
    <message>
        <source>same as last build</source>
        <translation>前回のビルドと同じ</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 (over %n earlier build(s))</source>
        <translation>
            <numerusform>%1 · %2（過去 %n 回のビルドに基づく）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 vs last build</source>
        <translation>前回のビルド比 %1</translation>
    </message>
    <message>
        <source>vs. earlier</source>
        <translation>過去との比較</translation>
    </message>
</context>
<context>
    <name>Lagoon::RolloutView</name>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>%1 に開始</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%n 個のステップのうち %1 個が完了</numerusform>
        </translation>
    </message>
    <message>
        <source>No rollout yet. Run locally builds the project&apos;s images, starts its services, waits until they are ready and runs the post-rollout tasks of .lagoon.yml, as Lagoon would.</source>
        <translation>まだロールアウトはありません。「ローカルで実行」を使うと、Lagoon と同じように、プロジェクトのイメージをビルドしてサービスを起動し、準備ができるまで待ってから .lagoon.yml のロールアウト後タスクを実行します。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Rollout steps</source>
        <translation>ロールアウトのステップ</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message numerus="yes">
        <source>Log · %1 line(s)</source>
        <translation>
            <numerusform>ログ · %1 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation>ログを保存</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>ログファイル (*.log *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Could not save the log to %1: %2</source>
        <translation>ログを %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Completed with warnings</source>
        <translation>完了（警告あり）</translation>
    </message>
    <message>
        <source>triggered by %1</source>
        <translation>%1 が開始</translation>
    </message>
    <message>
        <source>queued (position %1)</source>
        <translation>待機中（%1 番目）</translation>
    </message>
    <message>
        <source>Rollout log</source>
        <translation>ロールアウトのログ</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>追従</translation>
    </message>
    <message>
        <source>Keep the newest lines in view (End)</source>
        <translation>常に最新の行を表示します (End)</translation>
    </message>
    <message>
        <source>Fold All</source>
        <translation>すべて折りたたむ</translation>
    </message>
    <message>
        <source>Fold every step to one line</source>
        <translation>各ステップを 1 行に折りたたみます</translation>
    </message>
    <message>
        <source>Unfold All</source>
        <translation>すべて展開</translation>
    </message>
    <message>
        <source>Unfold every step</source>
        <translation>すべてのステップを展開します</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the selected lines (Ctrl+C)</source>
        <translation>選択した行をコピーします (Ctrl+C)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save the whole log as a text file</source>
        <translation>ログ全体をテキストファイルとして保存します</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Find in the log (Ctrl+F)</source>
        <translation>ログ内を検索します (Ctrl+F)</translation>
    </message>
    <message>
        <source>Log tools</source>
        <translation>ログツール</translation>
    </message>
</context>
<context>
    <name>Lagoon::RoutesEditor</name>
    <message>
        <source>custom routes</source>
        <translation>カスタムルート</translation>
    </message>
    <message>
        <source>Remove the routes of this service</source>
        <translation>このサービスのルートを削除</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>サービス(&amp;S):</translation>
    </message>
    <message>
        <source>The compose service (or lagoon.name) that answers these domains.</source>
        <translation>これらのドメインに応答する compose サービス（または lagoon.name）です。</translation>
    </message>
    <message>
        <source>Change route service</source>
        <translation>ルートのサービスを変更</translation>
    </message>
    <message>
        <source>Another domain, e.g. www.example.com</source>
        <translation>別のドメイン（例: www.example.com）</translation>
    </message>
    <message>
        <source>New domain for this service</source>
        <translation>このサービスの新しいドメイン</translation>
    </message>
    <message>
        <source>Add domain</source>
        <translation>ドメインを追加</translation>
    </message>
    <message>
        <source>Add route</source>
        <translation>ルートを追加</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Change route</source>
        <translation>ルートを変更</translation>
    </message>
    <message>
        <source>Remove this domain</source>
        <translation>このドメインを削除</translation>
    </message>
    <message>
        <source>Remove route</source>
        <translation>ルートを削除</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt</source>
        <translation>Let&apos;s Encrypt</translation>
    </message>
    <message>
        <source>Change Let&apos;s Encrypt</source>
        <translation>Let&apos;s Encrypt を変更</translation>
    </message>
    <message>
        <source>&amp;HTTP:</source>
        <translation>HTTP(&amp;H):</translation>
    </message>
    <message>
        <source>Plain HTTP</source>
        <translation>プレーン HTTP</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>既定（%1）</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Redirect</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Allow</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Change plain HTTP</source>
        <translation>プレーン HTTP を変更</translation>
    </message>
    <message>
        <source>HSTS</source>
        <translation>HSTS</translation>
    </message>
    <message>
        <source>Change HSTS</source>
        <translation>HSTS を変更</translation>
    </message>
    <message>
        <source>HSTS max-age in seconds</source>
        <translation>HSTS の max-age（秒）</translation>
    </message>
    <message>
        <source>default max-age</source>
        <translation>既定の max-age</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Change HSTS max-age</source>
        <translation>HSTS の max-age を変更</translation>
    </message>
    <message>
        <source>Also set in the text: %1</source>
        <translation>テキストでも設定されています: %1</translation>
    </message>
    <message>
        <source>Add routes for</source>
        <translation>ルートの追加先</translation>
    </message>
    <message>
        <source>Service for the new routes</source>
        <translation>新しいルートのサービス</translation>
    </message>
    <message>
        <source>first domain, e.g. example.com</source>
        <translation>最初のドメイン（例: example.com）</translation>
    </message>
    <message>
        <source>First domain of the new routes</source>
        <translation>新しいルートの最初のドメイン</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add routes</source>
        <translation>ルートを追加</translation>
    </message>
    <message>
        <source>Remove routes</source>
        <translation>ルートを削除</translation>
    </message>
</context>
<context>
    <name>Lagoon::ServiceComboBox</name>
    <message>
        <source>service</source>
        <translation>サービス</translation>
    </message>
</context>
<context>
    <name>Lagoon::ServiceGraphView</name>
    <message>
        <source>Service graph</source>
        <translation>サービスグラフ</translation>
    </message>
    <message>
        <source>The compose file has no services yet.</source>
        <translation>compose ファイルにはまだサービスがありません。</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>依存</translation>
    </message>
    <message>
        <source>mounts a shared volume</source>
        <translation>共有ボリュームをマウント</translation>
    </message>
    <message>
        <source>pod: same lagoon.name</source>
        <translation>Pod: 同じ lagoon.name</translation>
    </message>
    <message>
        <source>The compose services as boxes, arrows for depends_on and links, with their Lagoon types and ports; arrow keys pan, plus and minus zoom</source>
        <translation>compose のサービスをボックスで、depends_on とリンクを矢印で、Lagoon のタイプとポートとともに表示します。矢印キーで移動、プラスとマイナスで拡大・縮小します</translation>
    </message>
</context>
<context>
    <name>Lagoon::ServiceNodeItem</name>
    <message>
        <source>lagoon.type: %1</source>
        <translation>lagoon.type: %1</translation>
    </message>
    <message>
        <source>build: %1 (%2)</source>
        <translation>build: %1 (%2)</translation>
    </message>
    <message>
        <source>image: %1</source>
        <translation>image: %1</translation>
    </message>
    <message>
        <source>lagoon.name: %1</source>
        <translation>lagoon.name: %1</translation>
    </message>
    <message>
        <source>volume %1 at %2</source>
        <translation>ボリューム %1 を %2 にマウント</translation>
    </message>
    <message>
        <source>&lt;i&gt;Click to show it in docker-compose.yml&lt;/i&gt;</source>
        <translation>&lt;i&gt;クリックすると docker-compose.yml 内で表示します&lt;/i&gt;</translation>
    </message>
    <message>
        <source>no lagoon.type</source>
        <translation>lagoon.type なし</translation>
    </message>
    <message>
        <source>none (not deployed)</source>
        <translation>none（デプロイしない）</translation>
    </message>
    <message>
        <source>%1 (unknown type)</source>
        <translation>%1（不明なタイプ）</translation>
    </message>
</context>
<context>
    <name>Lagoon::ServiceReadiness</name>
    <message>
        <source>not created yet</source>
        <translation>未作成</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>running, health check starting</source>
        <translation>実行中、ヘルスチェック待ち</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>異常</translation>
    </message>
    <message>
        <source>done (exited with code 0)</source>
        <translation>完了（終了コード 0）</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>終了コード %1 で終了</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>再起動中</translation>
    </message>
    <message>
        <source>created, not started</source>
        <translation>作成済み、未起動</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
</context>
<context>
    <name>Lagoon::ServiceTypeHelp</name>
    <message>
        <source>Any container that serves HTTP.</source>
        <translation>HTTP を提供する任意のコンテナーです。</translation>
    </message>
    <message>
        <source>Any container that serves HTTP, with a shared persistent volume.</source>
        <translation>共有の永続ボリュームを持つ、HTTP を提供する任意のコンテナーです。</translation>
    </message>
    <message>
        <source>Any container that serves HTTP, as one replica with its own volume.</source>
        <translation>専用のボリュームを持つ単一のレプリカとして動作する、HTTP を提供する任意のコンテナーです。</translation>
    </message>
    <message>
        <source>The command-line container (drush, composer); tasks and cronjobs usually run here.</source>
        <translation>コマンドライン用のコンテナー（drush、composer）です。タスクや cronjob は通常ここで実行されます。</translation>
    </message>
    <message>
        <source>The command-line container with the web service&apos;s persistent volume mounted.</source>
        <translation>web サービスの永続ボリュームをマウントしたコマンドライン用のコンテナーです。</translation>
    </message>
    <message>
        <source>Elasticsearch search engine.</source>
        <translation>Elasticsearch 検索エンジンです。</translation>
    </message>
    <message>
        <source>OpenSearch search engine.</source>
        <translation>OpenSearch 検索エンジンです。</translation>
    </message>
    <message>
        <source>MariaDB database: mariadb-dbaas where the cluster has a database provider, otherwise mariadb-single.</source>
        <translation>MariaDB データベースです。クラスターにデータベースプロバイダーがある場合は mariadb-dbaas、それ以外の場合は mariadb-single になります。</translation>
    </message>
    <message>
        <source>A MariaDB database provisioned by the DBaaS operator; no container is deployed.</source>
        <translation>DBaaS オペレーターがプロビジョニングする MariaDB データベースです。コンテナーはデプロイされません。</translation>
    </message>
    <message>
        <source>MariaDB in a single pod with its own volume.</source>
        <translation>専用のボリュームを持つ単一の Pod で動作する MariaDB です。</translation>
    </message>
    <message>
        <source>MongoDB database: mongodb-dbaas where the cluster has a database provider, otherwise mongodb-single.</source>
        <translation>MongoDB データベースです。クラスターにデータベースプロバイダーがある場合は mongodb-dbaas、それ以外の場合は mongodb-single になります。</translation>
    </message>
    <message>
        <source>A MongoDB database provisioned by the DBaaS operator; no container is deployed.</source>
        <translation>DBaaS オペレーターがプロビジョニングする MongoDB データベースです。コンテナーはデプロイされません。</translation>
    </message>
    <message>
        <source>MongoDB in a single pod with its own volume.</source>
        <translation>専用のボリュームを持つ単一の Pod で動作する MongoDB です。</translation>
    </message>
    <message>
        <source>PostgreSQL database: postgres-dbaas where the cluster has a database provider, otherwise postgres-single.</source>
        <translation>PostgreSQL データベースです。クラスターにデータベースプロバイダーがある場合は postgres-dbaas、それ以外の場合は postgres-single になります。</translation>
    </message>
    <message>
        <source>A PostgreSQL database provisioned by the DBaaS operator; no container is deployed.</source>
        <translation>DBaaS オペレーターがプロビジョニングする PostgreSQL データベースです。コンテナーはデプロイされません。</translation>
    </message>
    <message>
        <source>PostgreSQL in a single pod with its own volume.</source>
        <translation>専用のボリュームを持つ単一の Pod で動作する PostgreSQL です。</translation>
    </message>
    <message>
        <source>nginx web server.</source>
        <translation>nginx Web サーバーです。</translation>
    </message>
    <message>
        <source>nginx with a PHP-FPM container in the same pod (the service sharing its lagoon.name).</source>
        <translation>同じ Pod 内に PHP-FPM コンテナー（lagoon.name を共有するサービス）を持つ nginx です。</translation>
    </message>
    <message>
        <source>nginx and PHP-FPM in one pod, with a persistent volume for uploaded files.</source>
        <translation>nginx と PHP-FPM を 1 つの Pod で実行し、アップロードされたファイル用の永続ボリュームを持ちます。</translation>
    </message>
    <message>
        <source>Node.js application.</source>
        <translation>Node.js アプリケーションです。</translation>
    </message>
    <message>
        <source>Node.js application with a persistent volume.</source>
        <translation>永続ボリュームを持つ Node.js アプリケーションです。</translation>
    </message>
    <message>
        <source>Python application.</source>
        <translation>Python アプリケーションです。</translation>
    </message>
    <message>
        <source>Python application with a persistent volume.</source>
        <translation>永続ボリュームを持つ Python アプリケーションです。</translation>
    </message>
    <message>
        <source>Redis cache; data is lost when the pod restarts.</source>
        <translation>Redis キャッシュです。Pod が再起動するとデータは失われます。</translation>
    </message>
    <message>
        <source>Redis with its data kept on a volume.</source>
        <translation>データをボリュームに保持する Redis です。</translation>
    </message>
    <message>
        <source>Valkey cache; data is lost when the pod restarts.</source>
        <translation>Valkey キャッシュです。Pod が再起動するとデータは失われます。</translation>
    </message>
    <message>
        <source>Valkey with its data kept on a volume.</source>
        <translation>データをボリュームに保持する Valkey です。</translation>
    </message>
    <message>
        <source>Varnish HTTP cache in front of the web service.</source>
        <translation>web サービスの前段に置く Varnish HTTP キャッシュです。</translation>
    </message>
    <message>
        <source>Varnish HTTP cache with its cache on a volume.</source>
        <translation>キャッシュをボリュームに保持する Varnish HTTP キャッシュです。</translation>
    </message>
    <message>
        <source>Solr search server.</source>
        <translation>Solr 検索サーバーです。</translation>
    </message>
    <message>
        <source>RabbitMQ message broker.</source>
        <translation>RabbitMQ メッセージブローカーです。</translation>
    </message>
    <message>
        <source>A background worker without a route.</source>
        <translation>ルートを持たないバックグラウンドワーカーです。</translation>
    </message>
    <message>
        <source>A background worker with another service&apos;s persistent volume mounted.</source>
        <translation>他のサービスの永続ボリュームをマウントしたバックグラウンドワーカーです。</translation>
    </message>
    <message>
        <source>A name for a service in another project or at a domain (set lagoon.external.service); nothing is deployed.</source>
        <translation>別のプロジェクトまたはドメインにあるサービスを指す名前です（lagoon.external.service を設定します）。何もデプロイされません。</translation>
    </message>
    <message>
        <source>Lagoon skips this service; it only runs locally.</source>
        <translation>Lagoon はこのサービスをスキップします。ローカルでのみ実行されます。</translation>
    </message>
    <message>
        <source>Legacy name for %1.</source>
        <translation>%1 の旧名です。</translation>
    </message>
    <message>
        <source>Port %1 (lagoon.service.port can change it).</source>
        <translation>ポート %1（lagoon.service.port で変更できます）。</translation>
    </message>
    <message>
        <source>Port %1.</source>
        <translation>ポート %1。</translation>
    </message>
    <message>
        <source>Gets an autogenerated route.</source>
        <translation>自動生成ルートが割り当てられます。</translation>
    </message>
    <message>
        <source>Creates a persistent volume, mounted at the path in lagoon.persistent (required).</source>
        <translation>永続ボリュームを作成し、lagoon.persistent のパス（必須）にマウントします。</translation>
    </message>
    <message>
        <source>Creates a persistent volume mounted at %1.</source>
        <translation>永続ボリュームを作成し、%1 にマウントします。</translation>
    </message>
    <message>
        <source>Mounts the volume named by lagoon.persistent.name at the path in lagoon.persistent.</source>
        <translation>lagoon.persistent.name で指定したボリュームを lagoon.persistent のパスにマウントします。</translation>
    </message>
    <message>
        <source>Needs a second service with the same lagoon.name for the PHP container.</source>
        <translation>PHP コンテナー用に、同じ lagoon.name を持つ 2 つ目のサービスが必要です。</translation>
    </message>
    <message>
        <source>Backed up by Lagoon.</source>
        <translation>Lagoon によってバックアップされます。</translation>
    </message>
</context>
<context>
    <name>Lagoon::ShellCommandDialog</name>
    <message>
        <source>Open a shell in %1</source>
        <translation>%1 でシェルを開く</translation>
    </message>
    <message>
        <source>No terminal emulator was found (set $TERMINAL to choose one). Run this command in a terminal to get a shell in the %1 container:</source>
        <translation>端末エミュレーターが見つかりません（使用するものは $TERMINAL で指定できます）。%1 コンテナーのシェルを使うには、端末で次のコマンドを実行してください:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Command to run in a terminal</source>
        <translation>端末で実行するコマンド</translation>
    </message>
</context>
<context>
    <name>Lagoon::SignInMethodChooser</name>
    <message>
        <source>Choose an SSH private key</source>
        <translation>SSH 秘密鍵を選択</translation>
    </message>
    <message>
        <source>In the &amp;browser</source>
        <translation>ブラウザーで(&amp;B)</translation>
    </message>
    <message>
        <source>Your browser opens Lagoon&apos;s sign-in page; the token can be renewed without you.</source>
        <translation>ブラウザーで Lagoon のサインインページが開きます。トークンは自動的に更新できます。</translation>
    </message>
    <message>
        <source>With an &amp;SSH key</source>
        <translation>SSH 鍵で(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>鍵(&amp;K):</translation>
    </message>
    <message>
        <source>SSH key</source>
        <translation>SSH 鍵</translation>
    </message>
    <message>
        <source>ssh-agent and the default keys</source>
        <translation>ssh-agent と既定の鍵</translation>
    </message>
    <message>
        <source>Choose a key file…</source>
        <translation>鍵ファイルを選択…</translation>
    </message>
    <message>
        <source>&amp;Paste a token</source>
        <translation>トークンを貼り付けて(&amp;P)</translation>
    </message>
    <message>
        <source>A token cannot be renewed: when it expires, paste a new one or sign in another way.</source>
        <translation>トークンは更新できません。期限が切れたら新しいトークンを貼り付けるか、別の方法でサインインしてください。</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
</context>
<context>
    <name>Lagoon::SignInProgress</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>サインインをキャンセル</translation>
    </message>
    <message>
        <source>Finish signing in in your browser.</source>
        <translation>ブラウザーでサインインを完了してください。</translation>
    </message>
    <message>
        <source>Open the page again</source>
        <translation>ページをもう一度開く</translation>
    </message>
    <message>
        <source>Opening the sign-in page…</source>
        <translation>サインインページを開いています…</translation>
    </message>
    <message>
        <source>Asking the SSH token service at %1 for a token…</source>
        <translation>%1 の SSH トークンサービスにトークンを要求しています…</translation>
    </message>
    <message>
        <source>Checking the token with Lagoon…</source>
        <translation>Lagoon でトークンを確認しています…</translation>
    </message>
    <message>
        <source>Saving the token in the keychain…</source>
        <translation>トークンをキーチェーンに保存しています…</translation>
    </message>
</context>
<context>
    <name>Lagoon::SingleInstance</name>
    <message>
        <source>Another Lagoon Desktop is still starting (%1 is locked).</source>
        <translation>別の Lagoon Desktop が起動中です（%1 がロックされています）。</translation>
    </message>
    <message>
        <source>Could not listen on %1: %2</source>
        <translation>%1 で待ち受けできませんでした: %2</translation>
    </message>
    <message>
        <source>The running Lagoon Desktop did not answer; starting a separate window.</source>
        <translation>実行中の Lagoon Desktop が応答しません。別のウィンドウで起動します。</translation>
    </message>
</context>
<context>
    <name>Lagoon::SshBuildLogSource</name>
    <message>
        <source>followed live over SSH (%1)</source>
        <translation>SSH 経由でライブ追従中（%1）</translation>
    </message>
    <message>
        <source>This account has no SSH endpoint for build logs</source>
        <translation>このアカウントにはビルドログ用の SSH エンドポイントがありません</translation>
    </message>
</context>
<context>
    <name>Lagoon::SshTokenErrors</name>
    <message>
        <source>The SSH token service at %1 failed (exit code %2)</source>
        <translation>%1 の SSH トークンサービスが失敗しました（終了コード %2）</translation>
    </message>
    <message>
        <source>The SSH token service at %1 answered: %2</source>
        <translation>%1 の SSH トークンサービスの応答: %2</translation>
    </message>
    <message>
        <source>The SSH host key of %1 is not the one recorded in %2. If the server was reinstalled, confirm its new key with your Lagoon administrator and remove the old one with ssh-keygen -R &quot;[%3]:%4&quot;; otherwise someone may be intercepting the connection.</source>
        <translation>%1 の SSH ホスト鍵が %2 に記録されているものと異なります。サーバーが再インストールされた場合は、Lagoon の管理者に新しい鍵を確認したうえで ssh-keygen -R &quot;[%3]:%4&quot; で古い鍵を削除してください。そうでない場合、接続が傍受されている可能性があります。</translation>
    </message>
    <message>
        <source>your SSH keys</source>
        <translation>お使いの SSH 鍵</translation>
    </message>
    <message>
        <source>The SSH token service at %1 refused %2. Add the public key to your Lagoon account, or choose the key that is registered there (a key with a passphrase must be loaded into ssh-agent).</source>
        <translation>%1 の SSH トークンサービスが %2 を拒否しました。公開鍵を Lagoon アカウントに追加するか、登録済みの鍵を選択してください（パスフレーズ付きの鍵は ssh-agent に読み込んでおく必要があります）。</translation>
    </message>
    <message>
        <source>The SSH token host %1 cannot be found: check its name and your network</source>
        <translation>SSH トークンホスト %1 が見つかりません: 名前とネットワークを確認してください</translation>
    </message>
    <message>
        <source>Nothing answers at %1 (connection refused): check the SSH token host and port of this Lagoon</source>
        <translation>%1 で応答がありません（接続が拒否されました）: この Lagoon の SSH トークンホストとポートを確認してください</translation>
    </message>
    <message>
        <source>Cannot reach the SSH token service at %1: check your network, VPN or firewall</source>
        <translation>%1 の SSH トークンサービスに接続できません: ネットワーク、VPN、ファイアウォールを確認してください</translation>
    </message>
    <message>
        <source>The SSH token service at %1 closed the connection before answering</source>
        <translation>%1 の SSH トークンサービスが応答する前に接続を閉じました</translation>
    </message>
    <message>
        <source>ssh could not get a token from %1: %2</source>
        <translation>ssh で %1 からトークンを取得できませんでした: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由は示されていません</translation>
    </message>
    <message>
        <source>The ssh program was not found. Install the OpenSSH client to sign in with an SSH key.</source>
        <translation>ssh プログラムが見つかりません。SSH 鍵でサインインするには OpenSSH クライアントをインストールしてください。</translation>
    </message>
    <message>
        <source>The SSH key %1 does not exist</source>
        <translation>SSH 鍵 %1 は存在しません</translation>
    </message>
    <message numerus="yes">
        <source>The SSH token service at %1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>%1 の SSH トークンサービスが %n 秒以内に応答しませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>The SSH token service at %1 answered, but not with a token</source>
        <translation>%1 の SSH トークンサービスは応答しましたが、トークンではありませんでした</translation>
    </message>
</context>
<context>
    <name>Lagoon::SshTokenLogin</name>
    <message>
        <source>This account has no SSH token host</source>
        <translation>このアカウントには SSH トークンホストがありません</translation>
    </message>
    <message>
        <source>The SSH token service&apos;s answer is not valid JSON</source>
        <translation>SSH トークンサービスの応答が正しい JSON ではありません</translation>
    </message>
    <message>
        <source>The SSH token service printed nothing</source>
        <translation>SSH トークンサービスが何も出力しませんでした</translation>
    </message>
    <message>
        <source>Getting a token over SSH was cancelled</source>
        <translation>SSH によるトークンの取得がキャンセルされました</translation>
    </message>
</context>
<context>
    <name>Lagoon::StackBadge</name>
    <message>
        <source>Not created</source>
        <translation>未作成</translation>
    </message>
    <message>
        <source>The service has no container yet: Up or Run locally creates it.</source>
        <translation>このサービスにはまだコンテナーがありません。「起動」または「ローカルで実行」で作成されます。</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Running since %1</source>
        <translation>%1 から実行中</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成済み</translation>
    </message>
    <message>
        <source>The container exists but has not been started.</source>
        <translation>コンテナーは作成されていますが、起動されていません。</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>再起動中</translation>
    </message>
    <message numerus="yes">
        <source>Docker restarts the container after it stopped (restart %n)</source>
        <translation>
            <numerusform>停止したコンテナーを Docker が再起動しています（再起動 %n 回目）</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>削除中</translation>
    </message>
    <message>
        <source>Exited (0)</source>
        <translation>終了（0）</translation>
    </message>
    <message>
        <source>Stopped (%1)</source>
        <translation>停止（%1）</translation>
    </message>
    <message>
        <source>Killed (137)</source>
        <translation>強制終了（137）</translation>
    </message>
    <message>
        <source>Exited (%1)</source>
        <translation>終了（%1）</translation>
    </message>
    <message>
        <source>Stopped at %1 with exit code %2</source>
        <translation>%1 に終了コード %2 で停止しました</translation>
    </message>
    <message>
        <source>Killed: it did not stop within the grace period of docker stop, or it ran out of memory.</source>
        <translation>強制終了されました: docker stop の猶予期間内に停止しなかったか、メモリが不足しました。</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>デッド</translation>
    </message>
    <message>
        <source>Docker could not stop or remove the container cleanly.</source>
        <translation>Docker がコンテナーを正常に停止または削除できませんでした。</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>起動中</translation>
    </message>
    <message>
        <source>The health check runs but has not passed yet.</source>
        <translation>ヘルスチェックは実行中ですが、まだ成功していません。</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>The health check passes.</source>
        <translation>ヘルスチェックに成功しています。</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>異常</translation>
    </message>
    <message>
        <source>The health check fails: the service&apos;s logs usually say why.</source>
        <translation>ヘルスチェックに失敗しています。原因は通常、サービスのログに出力されています。</translation>
    </message>
</context>
<context>
    <name>Lagoon::StackLogView</name>
    <message>
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>すべてのサービス</translation>
    </message>
    <message>
        <source>Show the logs of one service or of all of them</source>
        <translation>1 つのサービスまたはすべてのサービスのログを表示します</translation>
    </message>
    <message>
        <source>Search the logs</source>
        <translation>ログを検索</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>前の一致</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>次の一致</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>タイムスタンプ</translation>
    </message>
    <message>
        <source>Show when Docker received each line</source>
        <translation>各行を Docker が受け取った時刻を表示します</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>追従</translation>
    </message>
    <message>
        <source>Keep the newest lines in view; scrolling up pauses it</source>
        <translation>常に最新の行を表示します。上にスクロールすると一時停止します</translation>
    </message>
    <message>
        <source>Clear the logs shown so far</source>
        <translation>これまでに表示されたログを消去します</translation>
    </message>
    <message>
        <source>Service logs</source>
        <translation>サービスのログ</translation>
    </message>
    <message>
        <source>What the services write appears here as they write it.</source>
        <translation>サービスが出力した内容が、出力と同時にここに表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln 件一致</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the logs</source>
        <translation>ログを消去</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>検索を消去</translation>
    </message>
    <message>
        <source>Local stack logs</source>
        <translation>ローカルスタックのログ</translation>
    </message>
    <message>
        <source>The output of the local stack&apos;s services, newest last, with a service filter and a search</source>
        <translation>ローカルスタックのサービスの出力（新しいものが最後）。サービスの絞り込みと検索ができます</translation>
    </message>
    <message>
        <source>Service filter</source>
        <translation>サービスの絞り込み</translation>
    </message>
</context>
<context>
    <name>Lagoon::StackServicesView</name>
    <message>
        <source>Open %1</source>
        <translation>%1 を開く</translation>
    </message>
    <message>
        <source>Copy Container Name</source>
        <translation>コンテナー名をコピー</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起動</translation>
    </message>
    <message>
        <source>Start the selected service</source>
        <translation>選択したサービスを起動します</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the selected service</source>
        <translation>選択したサービスを停止します</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Restart the selected service</source>
        <translation>選択したサービスを再起動します</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>再ビルド</translation>
    </message>
    <message>
        <source>Build the selected service&apos;s image again and replace its container</source>
        <translation>選択したサービスのイメージをビルドし直し、コンテナーを置き換えます</translation>
    </message>
    <message>
        <source>Open a Shell</source>
        <translation>シェルを開く</translation>
    </message>
    <message>
        <source>Open a terminal with a shell in the selected service&apos;s container</source>
        <translation>選択したサービスのコンテナーのシェルを端末で開きます</translation>
    </message>
    <message>
        <source>Show Logs</source>
        <translation>ログを表示</translation>
    </message>
    <message>
        <source>Show only the selected service&apos;s logs</source>
        <translation>選択したサービスのログのみを表示します</translation>
    </message>
</context>
<context>
    <name>Lagoon::StackUsageText</name>
    <message>
        <source>%1 %</source>
        <comment>CPU use</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>memory used / limit</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>CPU · memory</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>CPU: %1 (100 % is one core)</source>
        <translation>CPU: %1（100% で 1 コア分）</translation>
    </message>
    <message>
        <source>Memory: %1 of %2 (%3)</source>
        <translation>メモリ: %1 / %2（%3）</translation>
    </message>
    <message>
        <source>Memory: %1</source>
        <translation>メモリ: %1</translation>
    </message>
    <message>
        <source>Network: %1 received, %2 sent</source>
        <translation>ネットワーク: 受信 %1、送信 %2</translation>
    </message>
    <message>
        <source>Network: none</source>
        <translation>ネットワーク: なし</translation>
    </message>
    <message>
        <source>Block I/O: %1 read, %2 written</source>
        <translation>ブロック I/O: 読み取り %1、書き込み %2</translation>
    </message>
    <message>
        <source>Processes: %1</source>
        <translation>プロセス数: %1</translation>
    </message>
</context>
<context>
    <name>Lagoon::TaskCondition</name>
    <message>
        <source>unexpected &quot;%1&quot; at position %2</source>
        <translation>位置 %2 に予期しない &quot;%1&quot; があります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 is not supported here</source>
        <translation>位置 %2 の &quot;%1&quot; はここではサポートされていません</translation>
    </message>
    <message>
        <source>end of expression</source>
        <translation>式の終わり</translation>
    </message>
    <message>
        <source>a string starting at position %1 is not closed</source>
        <translation>位置 %1 から始まる文字列が閉じられていません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; は数値ではありません</translation>
    </message>
    <message>
        <source>&quot;)&quot; expected at position %1</source>
        <translation>位置 %1 に &quot;)&quot; が必要です</translation>
    </message>
    <message>
        <source>the variable %1 is not known locally</source>
        <translation>変数 %1 はローカルでは不明です</translation>
    </message>
    <message>
        <source>&quot;!&quot; needs a boolean</source>
        <translation>&quot;!&quot; にはブール値が必要です</translation>
    </message>
    <message>
        <source>the function %1() is not supported here</source>
        <translation>関数 %1() はここではサポートされていません</translation>
    </message>
    <message>
        <source>%1() got %2 arguments</source>
        <translation>%1() に %2 個の引数が渡されました</translation>
    </message>
    <message>
        <source>%1() needs a variable name in quotes</source>
        <translation>%1() には引用符で囲んだ変数名が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs booleans</source>
        <translation>&quot;%1&quot; にはブール値が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs text on both sides</source>
        <translation>&quot;%1&quot; の両辺には文字列が必要です</translation>
    </message>
    <message>
        <source>the regular expression &quot;%1&quot; is not valid here</source>
        <translation>正規表現 &quot;%1&quot; はここでは有効ではありません</translation>
    </message>
    <message>
        <source>&quot;+&quot; cannot combine these values</source>
        <translation>&quot;+&quot; ではこれらの値を結合できません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot compare these values</source>
        <translation>&quot;%1&quot; ではこれらの値を比較できません</translation>
    </message>
    <message>
        <source>Expression doesn&apos;t evaluate to a boolean</source>
        <translation>式がブール値になりません</translation>
    </message>
</context>
<context>
    <name>Lagoon::TaskListEditor</name>
    <message>
        <source>No pre-rollout tasks: nothing runs before the new version is rolled out.</source>
        <translation>pre-rollout タスクはありません。新しいバージョンのロールアウト前には何も実行されません。</translation>
    </message>
    <message>
        <source>No post-rollout tasks: nothing runs after the rollout (no cache clear, no database update).</source>
        <translation>post-rollout タスクはありません。ロールアウト後には何も実行されません（キャッシュのクリアやデータベースの更新も行われません）。</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>タスクを追加</translation>
    </message>
    <message>
        <source>Run earlier</source>
        <translation>先に実行</translation>
    </message>
    <message>
        <source>Run later</source>
        <translation>後に実行</translation>
    </message>
    <message>
        <source>Remove this task</source>
        <translation>このタスクを削除</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>タスクを削除</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Rename task</source>
        <translation>タスク名を変更</translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation>コマンド(&amp;O):</translation>
    </message>
    <message>
        <source>Change task command</source>
        <translation>タスクのコマンドを変更</translation>
    </message>
    <message>
        <source>the service&apos;s container</source>
        <translation>サービスのコンテナー</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>サービス(&amp;S):</translation>
    </message>
    <message>
        <source>Con&amp;tainer:</source>
        <translation>コンテナー(&amp;T):</translation>
    </message>
    <message>
        <source>S&amp;hell:</source>
        <translation>シェル(&amp;H):</translation>
    </message>
    <message>
        <source>Change task service</source>
        <translation>タスクのサービスを変更</translation>
    </message>
    <message>
        <source>Change task container</source>
        <translation>タスクのコンテナーを変更</translation>
    </message>
    <message>
        <source>Change task shell</source>
        <translation>タスクのシェルを変更</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Unnamed task</source>
        <translation>名前のないタスク</translation>
    </message>
    <message>
        <source>This item is not a `run:` task; edit it in the text.</source>
        <translation>この項目は `run:` タスクではありません。テキストで編集してください。</translation>
    </message>
    <message>
        <source>Also set in the text: %1</source>
        <translation>テキストでも設定されています: %1</translation>
    </message>
    <message>
        <source>Move task</source>
        <translation>タスクを移動</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新しいタスク</translation>
    </message>
</context>
<context>
    <name>Lagoon::TasksSection</name>
    <message>
        <source>Before the rollout</source>
        <translation>ロールアウト前</translation>
    </message>
    <message>
        <source>Run in the running environment before the new images go live, for example a database backup. They are skipped on the first deployment.</source>
        <translation>新しいイメージが公開される前に、稼働中の環境で実行されます（例: データベースのバックアップ）。初回のデプロイではスキップされます。</translation>
    </message>
    <message>
        <source>After the rollout</source>
        <translation>ロールアウト後</translation>
    </message>
    <message>
        <source>Run in the new version once it is live, in this order, for example database updates and cache clears.</source>
        <translation>新しいバージョンが公開された後に、この順序で実行されます（例: データベースの更新、キャッシュのクリア）。</translation>
    </message>
</context>
<context>
    <name>Lagoon::TokenSet</name>
    <message>
        <source>The sign-in server&apos;s answer holds no access token</source>
        <translation>サインインサーバーの応答にアクセストークンが含まれていません</translation>
    </message>
    <message>
        <source>This token expired on %1: paste a new one or sign in</source>
        <translation>このトークンは %1 に有効期限が切れています: 新しいトークンを貼り付けるか、サインインしてください</translation>
    </message>
    <message>
        <source>The stored sign-in is damaged: sign in again</source>
        <translation>保存されたサインイン情報が壊れています: もう一度サインインしてください</translation>
    </message>
</context>
<context>
    <name>Lagoon::TopLevelReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
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
    <message>
        <source>%1 is %2, larger than the %3 this tool reads</source>
        <translation>%1 は %2 で、このツールが読み込める上限 %3 を超えています</translation>
    </message>
</context>
<context>
    <name>Lagoon::TypesOverridesEditor</name>
    <message>
        <source>Type of %1 in this environment</source>
        <translation>この環境での %1 のタイプ</translation>
    </message>
    <message>
        <source>Change type override</source>
        <translation>タイプのオーバーライドを変更</translation>
    </message>
    <message>
        <source>Remove this override</source>
        <translation>このオーバーライドを削除</translation>
    </message>
    <message>
        <source>Remove the type override of %1</source>
        <translation>%1 のタイプのオーバーライドを削除</translation>
    </message>
    <message>
        <source>Remove type override</source>
        <translation>タイプのオーバーライドを削除</translation>
    </message>
    <message>
        <source>Every service keeps the lagoon.type of the compose file.</source>
        <translation>すべてのサービスで compose ファイルの lagoon.type がそのまま使われます。</translation>
    </message>
    <message>
        <source>Service to override</source>
        <translation>オーバーライドするサービス</translation>
    </message>
    <message>
        <source>Type in this environment</source>
        <translation>この環境でのタイプ</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>オーバーライド</translation>
    </message>
    <message>
        <source>Add type override</source>
        <translation>タイプのオーバーライドを追加</translation>
    </message>
</context>
<context>
    <name>Lagoon::VisualForm</name>
    <message>
        <source>The change was not made: %1</source>
        <translation>変更は行われませんでした: %1</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>このメッセージを非表示</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>The text cannot be read (%1). The form shows it as it was; fix the text to edit here again.</source>
        <translation>テキストを読み取れません（%1）。フォームには読み取れた時点の内容が表示されています。ここで再び編集するには、テキストを修正してください。</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>構文エラー</translation>
    </message>
</context>
<context>
    <name>Lagoon::VolumeNodeItem</name>
    <message>
        <source>Lagoon persistent volume &lt;b&gt;%1&lt;/b&gt;, mounted by</source>
        <translation>Lagoon の永続ボリューム &lt;b&gt;%1&lt;/b&gt;。マウントしているサービス:</translation>
    </message>
    <message>
        <source>Compose volume &lt;b&gt;%1&lt;/b&gt;, mounted by</source>
        <translation>Compose ボリューム &lt;b&gt;%1&lt;/b&gt;。マウントしているサービス:</translation>
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
<context>
    <name>Lagoon::YamlEditor</name>
    <message>
        <source>%1 has YAML errors; fix them in the text before editing it here.</source>
        <translation>%1 に YAML エラーがあります。ここで編集する前に、テキストで修正してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is inside a value written as an alias; edit the anchored value instead.</source>
        <translation>&apos;%1&apos; はエイリアスで記述された値の中にあります。代わりにアンカー側の値を編集してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist.</source>
        <translation>&apos;%1&apos; は存在しません。</translation>
    </message>
    <message>
        <source>The value has an anchor or a tag; edit it in the text instead.</source>
        <translation>この値にはアンカーまたはタグがあります。代わりにテキストで編集してください。</translation>
    </message>
    <message>
        <source>Could not find the &apos;:&apos; after the key.</source>
        <translation>キーの後の &apos;:&apos; が見つかりません。</translation>
    </message>
    <message>
        <source>Could not find the &apos;-&apos; of the list item.</source>
        <translation>リスト項目の &apos;-&apos; が見つかりません。</translation>
    </message>
    <message>
        <source>The map is empty.</source>
        <translation>マップが空です。</translation>
    </message>
    <message>
        <source>The list is empty.</source>
        <translation>リストが空です。</translation>
    </message>
    <message>
        <source>List items that share a line cannot be edited here.</source>
        <translation>同じ行にあるリスト項目はここでは編集できません。</translation>
    </message>
    <message>
        <source>item %1 of a list that does not exist yet</source>
        <translation>まだ存在しないリストの項目 %1</translation>
    </message>
    <message>
        <source>it is inside a value written as an alias</source>
        <translation>エイリアスで記述された値の中にあります</translation>
    </message>
    <message>
        <source>a map has no item %1</source>
        <translation>マップに項目 %1 はありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a single value, not a map or a list</source>
        <translation>&apos;%1&apos; は単一の値であり、マップでもリストでもありません</translation>
    </message>
    <message>
        <source>Could not find the entry.</source>
        <translation>エントリが見つかりません。</translation>
    </message>
    <message>
        <source>the whole document cannot be removed</source>
        <translation>ドキュメント全体は削除できません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; defines the anchor &apos;&amp;%2&apos;, which line %3 still uses; remove that alias first.</source>
        <translation>&apos;%1&apos; はアンカー &apos;&amp;%2&apos; を定義しており、%3 行目でまだ使われています。先にそのエイリアスを削除してください。</translation>
    </message>
    <message>
        <source>its key shares a line with other text</source>
        <translation>キーが他のテキストと同じ行にあります</translation>
    </message>
    <message>
        <source>list items that share a line cannot be edited here</source>
        <translation>同じ行にあるリスト項目はここでは編集できません</translation>
    </message>
    <message>
        <source>it is written as an alias</source>
        <translation>エイリアスで記述されています</translation>
    </message>
    <message>
        <source>it is not a list</source>
        <translation>リストではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no item %2.</source>
        <translation>&apos;%1&apos; に項目 %2 はありません。</translation>
    </message>
    <message>
        <source>list items that share a line cannot be moved</source>
        <translation>同じ行にあるリスト項目は移動できません</translation>
    </message>
    <message>
        <source>it is a list item, not a map entry</source>
        <translation>マップのエントリではなくリスト項目です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists.</source>
        <translation>&apos;%1&apos; は既に存在します。</translation>
    </message>
    <message>
        <source>Cannot edit &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; を編集できません: %2</translation>
    </message>
    <message>
        <source>%1 holds several YAML documents; edit it in the text instead.</source>
        <translation>%1 には複数の YAML ドキュメントが含まれています。テキストで編集してください。</translation>
    </message>
    <message>
        <source>The value defines the anchor &apos;&amp;%1&apos;, which line %2 still uses; edit it in the text instead.</source>
        <translation>この値はアンカー &apos;&amp;%1&apos; を定義しており、%2 行目でまだ使われています。テキストで編集してください。</translation>
    </message>
    <message>
        <source>The entry is inside a [ ] or { } written over several lines with comments; edit it in the text instead.</source>
        <translation>このエントリは、コメント付きで複数行にわたる [ ] または { } の中にあります。テキストで編集してください。</translation>
    </message>
</context>
<context>
    <name>Lagoon::YamlPath</name>
    <message>
        <source>Invalid path &apos;%1&apos; at column %2: %3</source>
        <translation>パス &apos;%1&apos; が不正です（%2 列目）: %3</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>パスが空です</translation>
    </message>
    <message>
        <source>a quoted name is not closed</source>
        <translation>引用符で囲まれた名前が閉じられていません</translation>
    </message>
    <message>
        <source>expected &apos;]&apos;</source>
        <translation>&apos;]&apos; が必要です</translation>
    </message>
    <message>
        <source>empty brackets</source>
        <translation>角かっこの中が空です</translation>
    </message>
    <message>
        <source>a key is missing before &apos;.&apos;</source>
        <translation>&apos;.&apos; の前にキーがありません</translation>
    </message>
    <message>
        <source>expected &apos;.&apos; or &apos;[&apos;</source>
        <translation>&apos;.&apos; または &apos;[&apos; が必要です</translation>
    </message>
    <message>
        <source>unexpected &apos;]&apos;</source>
        <translation>予期しない &apos;]&apos; があります</translation>
    </message>
    <message>
        <source>the path ends with &apos;.&apos;</source>
        <translation>パスが &apos;.&apos; で終わっています</translation>
    </message>
</context>
<context>
    <name>Lagoon::YamlValue</name>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Rollouts</source>
        <translation>ロールアウト</translation>
    </message>
</context>
</TS>
