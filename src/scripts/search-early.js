// Runs before the search page is first drawn (a tiny classic script: no inline code under the
// site's Content-Security-Policy). It marks the page as scripted and says whether the address
// holds a query, so the page does not jump when the results arrive.
(function () {
  var classes = document.documentElement.classList;
  classes.add('js');
  if ((new URLSearchParams(location.search).get('q') || '').trim()) classes.add('has-query');
})();
