FROM uselagoon/php-8.3-cli-drupal:latest

COPY composer.* /app/
COPY assets /app/assets
RUN composer install --no-dev --prefer-dist --optimize-autoloader
COPY . /app
RUN mkdir -p -v -m775 /app/web/sites/default/files

# Define where the Drupal root is located
ENV WEBROOT=web
