// The "Statement" block in the editor: plain JavaScript on WordPress's own packages (no build step).
// The server renders it (the preview is that HTML, upgraded by the widget script loaded in the editor);
// the feed is read through the plugin's REST route, so an unreadable feed is a notice, not a blank block.
( function ( wp ) {
	const { createElement: el, Fragment, useEffect, useState } = wp.element;
	const { __, sprintf } = wp.i18n;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { Notice, PanelBody, SelectControl, Spinner, TextControl, TextareaControl } = wp.components;

	/** What the feed holds, or why it cannot be read: `{ statements }`, `{ error }`, or null while asking. */
	function useFeed( src, mirrors, key ) {
		const [ state, setState ] = useState( null );
		useEffect( () => {
			if ( ! src ) return setState( { statements: [] } );
			let current = true;
			setState( null );
			const timer = setTimeout( () => {
				wp.apiFetch( { path: wp.url.addQueryArgs( '/icssi/v1/inspect', { src, mirrors, key } ) } ).then(
					( result ) => current && setState( result ),
					( error ) => current && setState( { error: error.message || String( error ) } )
				);
			}, 500 );
			return () => {
				current = false;
				clearTimeout( timer );
			};
		}, [ src, mirrors, key ] );
		return state;
	}

	function Edit( { attributes, setAttributes } ) {
		const feed = useFeed( attributes.src, attributes.mirrors, attributes.key );
		const set = ( name ) => ( value ) => setAttributes( { [ name ]: value } );
		const statements = ( feed && feed.statements ) || [];
		const choice = statements.find( ( s ) => s.id === attributes.statement );
		const languages = ( choice || statements[ 0 ] || { languages: [] } ).languages;
		const controls = el(
			InspectorControls,
			null,
			el(
				PanelBody,
				{ title: __( 'Statement', 'icssi-statement' ) },
				el( TextControl, {
					label: __( 'Feed address', 'icssi-statement' ),
					help: __( 'Empty: the default feed from Settings → ICSSI Statement.', 'icssi-statement' ),
					type: 'url',
					value: attributes.src,
					onChange: set( 'src' ),
				} ),
				el( SelectControl, {
					label: __( 'Statement', 'icssi-statement' ),
					value: attributes.statement,
					options: [ { label: __( 'The newest', 'icssi-statement' ), value: '' } ].concat(
						statements.map( ( s ) => ( { label: s.date ? `${ s.title } (${ s.date })` : s.title, value: s.id } ) )
					),
					onChange: set( 'statement' ),
				} ),
				el( SelectControl, {
					label: __( 'Language', 'icssi-statement' ),
					value: attributes.lang,
					options: [ { label: __( 'Each reader’s own', 'icssi-statement' ), value: '' } ].concat(
						languages.map( ( l ) => ( { label: l, value: l } ) )
					),
					onChange: set( 'lang' ),
				} ),
				el( SelectControl, {
					label: __( 'Layout', 'icssi-statement' ),
					value: attributes.layout,
					options: [
						{ label: __( 'Full statement', 'icssi-statement' ), value: '' },
						{ label: __( 'Card', 'icssi-statement' ), value: 'card' },
						{ label: __( 'List of the newest', 'icssi-statement' ), value: 'list' },
					],
					onChange: set( 'layout' ),
				} ),
				el( SelectControl, {
					label: __( 'Theme', 'icssi-statement' ),
					value: attributes.theme,
					options: [
						{ label: __( 'The page’s colours', 'icssi-statement' ), value: '' },
						{ label: __( 'Light', 'icssi-statement' ), value: 'light' },
						{ label: __( 'Dark', 'icssi-statement' ), value: 'dark' },
						{ label: __( 'Follow the reader’s system', 'icssi-statement' ), value: 'auto' },
					],
					onChange: set( 'theme' ),
				} ),
				el( TextControl, {
					label: __( 'Publisher’s public key', 'icssi-statement' ),
					help: __( 'Only statements signed with this key are shown.', 'icssi-statement' ),
					value: attributes.key,
					onChange: set( 'key' ),
				} ),
				el( TextareaControl, {
					label: __( 'Mirrors', 'icssi-statement' ),
					help: __( 'More addresses of the same feed, one per line, tried in order when it fails.', 'icssi-statement' ),
					value: attributes.mirrors.split( ' ' ).join( '\n' ),
					// Stored space-separated, as the element takes them; not trimmed while typing, so a new line stays.
					onChange: ( value ) => setAttributes( { mirrors: value.replace( /\s+/g, ' ' ) } ),
				} )
			)
		);
		const status = ! feed
			? el( Spinner )
			: feed.error
				? el(
						Notice,
						{ status: 'error', isDismissible: false },
						/* translators: %s: why the feed cannot be read */
						sprintf( __( 'This feed cannot be read: %s', 'icssi-statement' ), feed.error )
				  )
				: null;
		return el(
			Fragment,
			null,
			controls,
			el( 'div', useBlockProps(), status, el( wp.serverSideRender, { block: 'icssi/statement', attributes } ) )
		);
	}

	wp.blocks.registerBlockType( 'icssi/statement', { edit: Edit, save: () => null } );
} )( window.wp );
